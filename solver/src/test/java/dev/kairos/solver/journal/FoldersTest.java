package dev.kairos.solver.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FoldersTest
{
    @TempDir
    Path root;

    @Test
    void shouldDeleteAFolderWithEverythingUnderIt() throws Exception
    {
        final Path day = root.resolve("day");
        Files.createDirectories(day.resolve("journal/cycle"));
        Files.writeString(day.resolve("journal/cycle/20261207.cq4"), "records");
        Files.writeString(day.resolve("engine-clock.properties"), "speed=1");

        Folders.delete(day);

        assertThat(day).doesNotExist();
        assertThat(root).exists();
    }

    @Test
    void shouldLeaveAMissingFolderAlone()
    {
        Folders.delete(root.resolve("never-made"));

        assertThat(root).isEmptyDirectory();
    }
}
