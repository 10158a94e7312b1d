package dev.kairos.solver.journal;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class JournalReaderTest
{
    private static final int RECORDS = 2_000;

    @TempDir
    Path root;

    @Test
    void shouldFollowAppendsMadeBesideItInTheSameProcess()
    {
        final Path folder = root.resolve("journal");
        final List<Command> written = commands(RECORDS);
        final List<Command> read = new ArrayList<>();
        final List<Long> positions = new ArrayList<>();
        try (Journal journal = Journal.open(folder); JournalReader reader = JournalReader.open(folder))
        {
            journal.replay((command, effects, position) -> { });
            assertThat(reader.poll((command, effects, position) -> read.add(command), 10)).as("nothing yet").isZero();

            final CompletableFuture<Void> writer = CompletableFuture.runAsync(() ->
            {
                for (int i = 0; i < RECORDS; i++)
                {
                    journal.append(written.get(i), new Effects("T-" + (i + 1)));
                }
            });
            await().pollInSameThread().pollInterval(java.time.Duration.ofMillis(5)).atMost(20, TimeUnit.SECONDS).until(() ->
            {
                reader.poll((command, effects, position) ->
                {
                    read.add(command);
                    positions.add(position);
                    assertThat(effects.ticketId()).isEqualTo("T-" + position);
                }, 100);
                return reader.lastPosition() == RECORDS;
            });
            writer.join();
        }
        assertThat(read).isEqualTo(written);
        assertThat(positions).first().isEqualTo(1L);
        assertThat(positions).last().isEqualTo((long)RECORDS);
        assertThat(positions).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldStopAtADamagedRecordRatherThanGuessPastIt() throws IOException
    {
        final Path folder = root.resolve("journal");
        final List<Command> written = commands(10);
        try (Journal journal = Journal.open(folder))
        {
            journal.replay((command, effects, position) -> { });
            for (final Command command : written)
            {
                journal.append(command, Effects.NONE);
            }
        }
        corruptLastByteOf(folder, "title-0005");

        try (JournalReader reader = JournalReader.open(folder))
        {
            final List<Long> positions = new ArrayList<>();
            assertThatThrownBy(() -> reader.poll((command, effects, position) -> positions.add(position), 100))
                .isInstanceOf(JournalDamagedException.class)
                .hasMessage("journal damaged at position 5: checksum mismatch");
            assertThat(positions).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    private static List<Command> commands(final int count)
    {
        final RandomCommands random = new RandomCommands(11);
        final List<Command> commands = new ArrayList<>();
        for (int i = 1; i <= count; i++)
        {
            final var spec = random.ticketSpec();
            commands.add(new CreateTicket(RandomCommands.START + i, new dev.kairos.solver.command.TicketSpec(
                spec.externalId(), String.format("title-%04d", i), spec.priority(), spec.tier(), spec.region(),
                spec.location(), spec.skills(), spec.tools(), spec.parts(), spec.durationMinutes(), spec.window(), spec.due())));
        }
        return commands;
    }

    private static void corruptLastByteOf(final Path folder, final String marker) throws IOException
    {
        final byte[] needle = marker.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(folder))
        {
            for (final Path file : files.filter(f -> f.toString().endsWith(".cq4")).toList())
            {
                final byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i <= bytes.length - needle.length; i++)
                {
                    if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length))
                    {
                        bytes[i + needle.length - 1] ^= 0x01;
                        Files.write(file, bytes);
                        return;
                    }
                }
            }
        }
        throw new AssertionError(marker + " not found in " + folder);
    }
}
