package dev.kairos.solver.journal;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.command.TicketSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalDamageTest
{
    private static final int RECORDS = 10;

    @TempDir
    Path root;

    @Test
    void shouldReplayWhatWasAppended()
    {
        final Path folder = root.resolve("journal");
        final List<Command> written = writeRecords(folder);

        final List<Command> read = new ArrayList<>();
        final List<Long> positions = new ArrayList<>();
        try (Journal journal = Journal.open(folder))
        {
            assertThat(journal.replay((command, effects, position) ->
            {
                read.add(command);
                positions.add(position);
            })).isEqualTo(RECORDS);
            assertThat(journal.tailCut()).isNull();
        }
        assertThat(read).isEqualTo(written);
        assertThat(positions).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void shouldCutADamagedLastRecordAndReportItsPosition() throws IOException
    {
        final Path folder = root.resolve("journal");
        final List<Command> written = writeRecords(folder);
        flipByteOf(folder, marker(RECORDS));

        try (Journal journal = Journal.open(folder))
        {
            final List<Command> read = new ArrayList<>();
            assertThat(journal.replay((command, effects, position) -> read.add(command))).isEqualTo(RECORDS - 1);
            assertThat(read).isEqualTo(written.subList(0, RECORDS - 1));
            assertThat(journal.tailCut().position()).isEqualTo(RECORDS);
            assertThat(journal.tailCut().reason()).isEqualTo("checksum mismatch");
            assertThat(journal.tailCut().damagedCopy()).isDirectory();

            assertThat(journal.append(written.get(RECORDS - 1), Effects.NONE)).as("appends continue at the cut").isEqualTo(RECORDS);
        }

        try (Journal reopened = Journal.open(folder))
        {
            final List<Command> read = new ArrayList<>();
            assertThat(reopened.replay((command, effects, position) -> read.add(command))).isEqualTo(RECORDS);
            assertThat(read).isEqualTo(written);
            assertThat(reopened.tailCut()).isNull();
        }
    }

    /** After retention: the journal starts past position 1 and spans several day files; a cut keeps both. */
    @Test
    void shouldCutADamagedTailOfATrimmedJournalKeepingItsDays() throws IOException
    {
        final Path folder = root.resolve("journal");
        final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(RandomCommands.START);
        final long day = 86_400_000L;
        final List<Command> written = new ArrayList<>();
        try (Journal journal = Journal.open(folder, JournalSync.NONE, () -> java.time.Instant.ofEpochMilli(now.get())))
        {
            journal.replay((command, effects, position) -> { });
            for (int i = 1; i <= 12; i++)
            {
                now.set(RandomCommands.START + (i - 1) / 4 * day);
                final Command command = new CreateTicket(now.get(), new RandomCommands(i).ticketSpec());
                written.add(command);
                journal.append(command, new Effects("T-" + i));
            }
        }
        assertThat(JournalRetention.trim(folder, 5, RandomCommands.START + 3 * day)).as("day 1 goes").hasSize(1);
        final long files = dayFiles(folder);
        flipByteOf(folder, "T-12");

        try (Journal journal = Journal.open(folder, JournalSync.NONE, () -> java.time.Instant.ofEpochMilli(now.get())))
        {
            final List<Long> read = new ArrayList<>();
            assertThat(journal.replayAfter(5, -1, (command, effects, position) -> read.add(position), Long.MAX_VALUE)).isTrue();
            assertThat(read).containsExactly(6L, 7L, 8L, 9L, 10L, 11L);
            assertThat(journal.tailCut().position()).isEqualTo(12);
            assertThat(JournalReader.firstPosition(folder)).isEqualTo(5);
            assertThat(journal.append(written.get(11), new Effects("T-12"))).isEqualTo(12);
        }
        assertThat(dayFiles(folder)).as("the rebuilt journal keeps a file per day").isEqualTo(files);
    }

    private static long dayFiles(final Path folder) throws IOException
    {
        try (Stream<Path> list = Files.list(folder))
        {
            return list.filter(f -> f.toString().endsWith(".cq4")).count();
        }
    }

    @Test
    void shouldRefuseToReplayPastDamageBeforeTheTail() throws IOException
    {
        final Path folder = root.resolve("journal");
        writeRecords(folder);
        flipByteOf(folder, marker(5));

        try (Journal journal = Journal.open(folder))
        {
            final List<Long> positions = new ArrayList<>();
            assertThatThrownBy(() -> journal.replay((command, effects, position) -> positions.add(position)))
                .isInstanceOf(JournalDamagedException.class)
                .hasMessage("journal damaged at position 5: checksum mismatch, and records follow it")
                .extracting(ex -> ((JournalDamagedException)ex).position()).isEqualTo(5L);
            assertThat(positions).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void shouldFinishACutThatACrashInterrupted()
    {
        final Path folder = root.resolve("journal");
        final List<Command> written = writeRecords(folder);
        // A crash after the rebuilt copy was complete but before it was moved into place.
        final Path rebuilt = root.resolve("journal.rebuilt");
        try (Journal journal = Journal.open(folder))
        {
            journal.replay((command, effects, position) -> { });
        }
        TailRepairAccess.copy(folder, rebuilt, 3);

        try (Journal journal = Journal.open(folder))
        {
            assertThat(journal.replay((command, effects, position) -> { })).isEqualTo(3);
        }
        assertThat(rebuilt).doesNotExist();
        assertThat(root.resolve("journal.damaged")).isDirectory();
        assertThat(written).hasSize(RECORDS);
    }

    private static List<Command> writeRecords(final Path folder)
    {
        final RandomCommands random = new RandomCommands(3);
        final List<Command> commands = new ArrayList<>();
        try (Journal journal = Journal.open(folder))
        {
            journal.replay((command, effects, position) -> { });
            for (int i = 1; i <= RECORDS; i++)
            {
                final TicketSpec spec = random.ticketSpec();
                final Command command = new CreateTicket(RandomCommands.START + i, new TicketSpec(
                    spec.externalId(), marker(i), spec.priority(), spec.tier(), spec.region(), spec.location(),
                    spec.skills(), spec.tools(), spec.parts(), spec.durationMinutes(), spec.window(), spec.due()));
                commands.add(command);
                assertThat(journal.append(command, new Effects("T-" + i))).isEqualTo(i);
            }
        }
        return commands;
    }

    private static String marker(final int i)
    {
        return String.format("marker-%04d", i);
    }

    /** Flips one bit inside the record whose title is {@code marker}, in the closed queue file. */
    private static void flipByteOf(final Path folder, final String marker) throws IOException
    {
        final byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(folder))
        {
            for (final Path file : files.filter(f -> f.toString().endsWith(".cq4")).toList())
            {
                final byte[] bytes = Files.readAllBytes(file);
                final int at = indexOf(bytes, needle);
                if (at >= 0)
                {
                    bytes[at + needle.length - 1] ^= 0x01;
                    Files.write(file, bytes);
                    return;
                }
            }
        }
        throw new AssertionError(marker + " not found in " + folder);
    }

    private static int indexOf(final byte[] haystack, final byte[] needle)
    {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++)
        {
            for (int j = 0; j < needle.length; j++)
            {
                if (haystack[i + j] != needle[j])
                {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
