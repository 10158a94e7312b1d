package dev.kairos.gateway;

import dev.kairos.scenarios.published.PublishedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kairos solve} tells the two published formats apart by their own headers. */
class SolveCommandTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @Test
    void shouldReadPillacFilesAsTrspAndSolomonFilesAsVrptw() throws Exception
    {
        assertThat(SolveCommand.isPillac(DATA.pillacFile(PublishedData.pillacName("RC208")))).isTrue();
        assertThat(SolveCommand.isPillac(DATA.solomonFile("RC208"))).isFalse();
    }
}
