package dev.kairos.scenarios.published;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleaseDatesReaderTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();
    private static final String C101 = PublishedData.pillacName("C101");

    @Test
    void shouldReadC101WithTenPercentDynamic() throws IOException
    {
        final ReleaseDates dates = ReleaseDatesReader.read(
            ReleaseDatesReader.file(DATA.releaseDatesDirectory(), C101, 10));

        assertThat(dates.instance()).isEqualTo(C101);
        assertThat(dates.dynamicPercent()).isEqualTo(10);
        assertThat(dates.releases()).hasSize(100);
        assertThat(dates.releases().keySet()).first().isEqualTo(26);
        assertThat(dates.knownAtStart(26)).isTrue();
        assertThat(dates.release(35)).isEqualTo(284);
        assertThat(dates.dynamicRequests()).containsExactly(38, 77, 109, 36, 72, 111, 53, 96, 35, 116);
    }

    @Test
    void shouldFindFiveVariantsForEveryInstance() throws IOException
    {
        for (final String name : DATA.pillacNames())
        {
            final List<ReleaseDates> variants = ReleaseDatesReader.readVariants(DATA.releaseDatesDirectory(), name);

            assertThat(variants).as(name).extracting(ReleaseDates::dynamicPercent).containsExactly(10, 30, 50, 70, 90);
            for (final ReleaseDates variant : variants)
            {
                assertThat(variant.releases().keySet()).as("requests of %s", name)
                    .containsExactlyElementsOf(IntStream.rangeClosed(26, 125).boxed().toList());
                assertThat(variant.dynamicRequests()).as("dynamic requests of %s", name)
                    .hasSize(variant.dynamicPercent());
            }
        }
    }

    @Test
    void shouldRejectHeaderCountsThatDisagreeWithRows(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("X_rd_50.txt");
        Files.writeString(file, "# Instance X - 1 dynamic requests - 1 static requests\nDyn   Stat\n1    1\n"
            + "ID    RD\n3    -1\n4    -1\n");

        assertThatThrownBy(() -> ReleaseDatesReader.read(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageContaining(":1: header says 1 dynamic and 1 static requests, rows give 0 and 2");
    }

    @Test
    void shouldNameLineOfRequestListedTwice(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("X_rd_50.txt");
        Files.writeString(file, "# Instance X - 1 dynamic requests - 1 static requests\nDyn   Stat\n1    1\n"
            + "ID    RD\n3    -1\n3    12\n");

        assertThatThrownBy(() -> ReleaseDatesReader.read(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageContaining(":6: request 3 listed twice");
    }
}
