package dev.kairos.solver.journal;

import net.openhft.chronicle.bytes.SyncMode;

/**
 * When an acknowledged record reaches the disk. Chronicle writes to memory-mapped files, so a
 * record survives a process crash as soon as {@code append} returns; these decide about power loss.
 */
public enum JournalSync
{
    /** Leave it to the OS (default): durable on process crash, not on power loss. */
    NONE(SyncMode.NONE),
    /** Schedule the write-back of each record's pages (msync MS_ASYNC): a narrower window, little cost. */
    ASYNC(SyncMode.ASYNC),
    /** Wait for each record's pages to reach the disk (msync MS_SYNC) before acknowledging. */
    SYNC(SyncMode.SYNC);

    final SyncMode mode;

    JournalSync(final SyncMode mode)
    {
        this.mode = mode;
    }
}
