package dev.kairos.scenarios.published;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDataTest
{
    @Test
    void shouldFindSharedDataBesideTheProject()
    {
        final PublishedData data = PublishedData.fromSystemProperty();

        assertThat(data.directory()).isEqualTo(
            Path.of(System.getProperty(PublishedData.ROOT_PROPERTY)).toAbsolutePath().normalize()
                .resolveSibling("shared").resolve("data"));
        assertThat(Files.isRegularFile(data.directory().resolve("README.md"))).isTrue();
    }

    @Test
    void shouldNameAuthorsInstanceAfterSolomonOne()
    {
        assertThat(PublishedData.pillacName("RC208")).isEqualTo("RC208.100_25-5-5-5");
    }
}
