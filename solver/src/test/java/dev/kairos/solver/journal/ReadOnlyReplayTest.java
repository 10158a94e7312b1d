package dev.kairos.solver.journal;

import dev.kairos.solver.RandomCommands;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.Effects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Read-only replay for audits: as of a moment, and never writing. */
class ReadOnlyReplayTest
{
    @TempDir
    Path folder;

    @Test
    void shouldStopBeforeTheFirstCommandAfterTheMoment()
    {
        final List<Command> written = new RandomCommands(9).next(200);
        try (Journal journal = Journal.open(folder))
        {
            journal.replay((command, effects, position) -> { });
            written.forEach(command -> journal.append(command, Effects.NONE));
        }
        final long moment = written.get(99).at();
        final long expected = written.stream().takeWhile(command -> command.at() <= moment).count();

        final List<Command> read = new ArrayList<>();
        try (Journal journal = Journal.openReadOnly(folder))
        {
            assertThat(journal.replay((command, effects, position) -> read.add(command), moment)).isEqualTo(expected);
        }

        assertThat(read).isEqualTo(written.subList(0, (int)expected));
        assertThat(read).allSatisfy(command -> assertThat(command.at()).isLessThanOrEqualTo(moment));
    }

    @Test
    void shouldRefuseToAppendOrToStopEarlyWhenWriting()
    {
        try (Journal journal = Journal.open(folder))
        {
            assertThatThrownBy(() -> journal.replay((command, effects, position) -> { }, 5))
                .hasMessage("a journal opened for writing replays to its end");
        }
        try (Journal journal = Journal.openReadOnly(folder))
        {
            journal.replay((command, effects, position) -> { });
            assertThatThrownBy(() -> journal.append(new RandomCommands(1).next(), Effects.NONE))
                .hasMessage("the journal was opened read-only");
        }
    }
}
