package dev.kairos.gateway.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleRoutesTest
{
    private static final Path SOURCES = Path.of("src", "main", "resources", "console");

    @Test
    void shouldServeEveryFileOfTheConsoleFolderAndNothingElse() throws IOException
    {
        try (Stream<Path> files = Files.list(SOURCES))
        {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(ConsoleRoutes.FILES);
        }
        assertThat(ConsoleRoutes.load()).containsOnlyKeys(ConsoleRoutes.FILES);
    }

    @Test
    void shouldKeepEveryConsoleFileUnderFourHundredLines() throws IOException
    {
        for (final String name : ConsoleRoutes.FILES)
        {
            assertThat(Files.readAllLines(SOURCES.resolve(name))).as(name).hasSizeLessThan(400);
        }
    }

    @Test
    void shouldImportOnlyModulesTheConsoleServes() throws IOException
    {
        for (final String name : ConsoleRoutes.FILES)
        {
            for (final String line : Files.readAllLines(SOURCES.resolve(name)))
            {
                if (line.startsWith("import "))
                {
                    final String module = line.substring(line.indexOf("'./") + 3, line.lastIndexOf('\''));
                    assertThat(ConsoleRoutes.FILES).as(name + " imports " + module).contains(module);
                }
            }
        }
    }
}
