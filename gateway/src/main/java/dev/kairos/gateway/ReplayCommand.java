package dev.kairos.gateway;

import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.journal.Journal;
import dev.kairos.solver.journal.JournalDamagedException;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.StateDigest;
import dev.kairos.solver.state.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code kairos replay --data DIR [--until TIME]}: rebuilds the state as of any moment from the
 * journal, read-only (it may run beside the server), and prints its position, time and digest —
 * the same digest a server logs, so an audit can check a server's state against its journal.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Rebuild the state as of a moment, read-only.")
final class ReplayCommand implements Callable<Integer>
{
    @Option(names = "--data", required = true, description = "Data folder (the journal is DATA/journal).")
    Path data;

    @Option(names = "--until", description = "ISO-8601 instant: stop before the first command received after it.")
    String until;

    @Override
    public Integer call()
    {
        final long untilAt;
        try
        {
            untilAt = until == null ? Long.MAX_VALUE : Instant.parse(until).toEpochMilli();
        }
        catch (final DateTimeParseException ex)
        {
            System.err.println("kairos: --until must be an ISO-8601 instant such as 2026-11-23T12:00:00Z, was " + until);
            return 2;
        }
        final LiveState state = new LiveState();
        final long started = System.nanoTime();
        try (Journal journal = Journal.openReadOnly(new ServerContext().dataFolder(data).journalFolder()))
        {
            journal.replay(dev.kairos.solver.journal.RecordHandler.applying(state), untilAt);
            if (journal.tailCut() != null)
            {
                System.out.println("damaged last record at position " + journal.tailCut().position() + " ("
                    + journal.tailCut().reason() + "): not applied");
            }
        }
        catch (final JournalDamagedException ex)
        {
            System.err.println("kairos: " + ex.getMessage());
            return 2;
        }
        final double seconds = (System.nanoTime() - started) / 1e9;
        final Map<TicketStatus, Integer> byStatus = new EnumMap<>(TicketStatus.class);
        for (final Ticket ticket : state.tickets())
        {
            byStatus.merge(ticket.status(), 1, Integer::sum);
        }
        System.out.println("position " + state.position());
        System.out.println("time     " + (state.position() == 0 ? "-" : Instant.ofEpochMilli(state.time())));
        System.out.println("digest   " + StateDigest.of(state));
        System.out.println("tickets  " + state.tickets().size() + " " + byStatus);
        System.out.println("engineers " + state.engineers().size() + ", routes " + state.plan().routes().size()
            + ", unassigned " + state.plan().unassigned().size());
        System.out.printf("replayed in %.3f s%n", seconds);
        return 0;
    }
}
