package dev.kairos.solver.planning.improve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedRoutesTest
{
    private final ChangedRoutes queue = new ChangedRoutes();

    @Test
    void shouldServeNewWorkBeforeRoutesThatOnlyLostWork()
    {
        queue.add("E-1", false);
        queue.add("E-2", true);
        queue.add("E-3", false);
        queue.add("E-4", true);

        assertThat(List.of(queue.poll(), queue.poll(), queue.poll(), queue.poll())).containsExactly("E-2", "E-4", "E-1", "E-3");
        assertThat(queue.poll()).isNull();
    }

    @Test
    void shouldPromoteAWaitingEngineerWhenNewWorkArrives()
    {
        queue.add("E-1", false);
        queue.add("E-2", false);
        queue.add("E-2", true);

        assertThat(queue.hasNewWork()).isTrue();
        assertThat(queue.poll()).isEqualTo("E-2");
        assertThat(queue.hasNewWork()).isFalse();
        assertThat(queue.poll()).isEqualTo("E-1");
    }

    @Test
    void shouldKeepNewWorkFirstWhenTheSameRouteLaterOnlyLosesWork()
    {
        queue.add("E-1", false);
        queue.add("E-2", true);
        queue.add("E-2", false);

        assertThat(queue.poll()).isEqualTo("E-2");
        assertThat(queue.poll()).isEqualTo("E-1");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void shouldDropEngineersARoundAlreadyRead()
    {
        queue.add("E-1", true);
        queue.add("E-2", true);
        queue.add("E-3", false);

        queue.covered(List.of("E-1", "E-3"));

        assertThat(queue.poll()).isEqualTo("E-2");
        assertThat(queue.isEmpty()).isTrue();
    }
}
