package dev.kairos.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineClockTest
{
    private static final long WALL = 1_795_000_000_000L;

    @TempDir
    Path data;
    private final AtomicLong wall = new AtomicLong(WALL);

    @Test
    void shouldBeTheWallClockAtSpeedOneWithoutAnAnchor()
    {
        assertThat(EngineClock.resume(data, 1, wall::get)).isSameAs(InstantSource.system());
        assertThat(Files.exists(data.resolve(EngineClock.FILE))).isFalse();
    }

    @Test
    void shouldRunFasterAndResumeAfterARestartCountingTheDownTime()
    {
        final InstantSource first = EngineClock.resume(data, 60, wall::get);
        wall.addAndGet(10_000);
        assertThat(first.millis()).as("10 s of wall time is 10 min of engine time").isEqualTo(WALL + 600_000);

        wall.addAndGet(5_000);
        final InstantSource second = EngineClock.resume(data, 60, wall::get);

        assertThat(second.millis()).as("the 5 s down count too").isEqualTo(WALL + 900_000);
        wall.addAndGet(1_000);
        assertThat(second.millis()).isEqualTo(WALL + 960_000);
    }

    @Test
    void shouldNeverGoBackWhenTheSpeedDrops()
    {
        EngineClock.resume(data, 3_600, wall::get);
        wall.addAndGet(2_000);

        final InstantSource slower = EngineClock.resume(data, 1, wall::get);

        assertThat(slower.millis()).as("two hours ahead, and staying ahead").isEqualTo(WALL + 2 * 3_600_000);
        wall.addAndGet(1_000);
        assertThat(slower.millis()).isEqualTo(WALL + 2 * 3_600_000 + 1_000);
    }

    @Test
    void shouldRejectASpeedThatIsNotPositive()
    {
        assertThatThrownBy(() -> EngineClock.resume(data, 0, wall::get)).hasMessageContaining("--clock-speed");
        assertThatThrownBy(() -> EngineClock.resume(data, -2, wall::get)).hasMessageContaining("positive");
    }
}
