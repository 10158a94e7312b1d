package dev.kairos.scenarios.sim;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TimeWindow;
import dev.kairos.solver.planning.PlanarTravel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working time counts home to home over engineers who served a visit; a late start misses its window. */
class WorkLogTest
{
    private static final long MINUTE = 60_000;
    private static final Location HOME = new Location(0, 0);
    private static final Location SITE = new Location(30, 40);

    @Test
    void shouldCountFromLeavingHomeToDrivingBack()
    {
        final WorkLog log = new WorkLog(new PlanarTravel(MINUTE));

        log.started("T01", 100 * MINUTE, new TimeWindow(90 * MINUTE, 120 * MINUTE), 50 * MINUTE);
        log.completed("T01", 120 * MINUTE, SITE, HOME);
        log.started("T01", 150 * MINUTE, null, 0);
        log.completed("T01", 160 * MINUTE, HOME, HOME);

        assertThat(log.workingMinutes()).as("left at 50, home at 160").isEqualTo(110);
        assertThat(log.engineersUsed()).isEqualTo(1);
        assertThat(log.missedWindows()).isZero();
    }

    @Test
    void shouldCountAStartAfterTheWindowClosedAsMissed()
    {
        final WorkLog log = new WorkLog(new PlanarTravel(MINUTE));

        log.started("T01", 100 * MINUTE, new TimeWindow(60 * MINUTE, 90 * MINUTE), 50 * MINUTE);
        log.started("T02", 90 * MINUTE, new TimeWindow(60 * MINUTE, 90 * MINUTE), 50 * MINUTE);

        assertThat(log.missedWindows()).as("starting at the window's end is still in it").isEqualTo(1);
        assertThat(log.engineersUsed()).as("nobody has finished a visit").isZero();
        assertThat(log.workingMinutes()).isZero();
    }

    @Test
    void shouldMeasureUtilisationOvertimeAndDriving()
    {
        final WorkLog log = new WorkLog(new PlanarTravel(MINUTE));
        log.shift("T01", 0, 120 * MINUTE);
        log.shift("T02", 0, 120 * MINUTE);

        log.drove(50 * MINUTE);
        log.started("T01", 50 * MINUTE, null, 50 * MINUTE);
        log.completed("T01", 110 * MINUTE, SITE, HOME);

        assertThat(log.utilisation(0, 120 * MINUTE)).as("an hour on site over four hours of shifts").isEqualTo(0.25);
        assertThat(log.utilisation(60 * MINUTE, 120 * MINUTE)).as("only the shift time within the day counts").isEqualTo(0.5);
        assertThat(log.overtimeMinutes()).as("done at 110, home 50 minutes later: 40 past the shift").isEqualTo(40);
        assertThat(log.drivingMinutes()).isEqualTo(50);
    }
}
