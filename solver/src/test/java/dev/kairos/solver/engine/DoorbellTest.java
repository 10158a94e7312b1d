package dev.kairos.solver.engine;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DoorbellTest
{
    @Test
    void looksAtTheInboxOnlyWhenAboutToParkAndEveryTimeItDoes()
    {
        final AtomicInteger looks = new AtomicInteger();
        final Doorbell doorbell = new Doorbell(() ->
        {
            looks.incrementAndGet();
            return true;
        });
        for (int i = 0; i < Doorbell.SPINS + Doorbell.YIELDS; i++)
        {
            doorbell.idle(0);
        }
        assertThat(looks).hasValue(0);

        doorbell.idle(0);
        doorbell.idle(0);
        assertThat(looks).as("a request offered before the park is seen, so the engine does not park").hasValue(2);
    }

    @Test
    void workStartsTheBackOffAgain()
    {
        final AtomicInteger looks = new AtomicInteger();
        final Doorbell doorbell = new Doorbell(() ->
        {
            looks.incrementAndGet();
            return true;
        });
        for (int i = 0; i < Doorbell.SPINS + Doorbell.YIELDS + 1; i++)
        {
            doorbell.idle(0);
        }
        assertThat(looks).hasValue(1);

        doorbell.idle(1);
        for (int i = 0; i < Doorbell.SPINS + Doorbell.YIELDS; i++)
        {
            doorbell.idle(0);
        }
        assertThat(looks).as("spinning and yielding again before the next park").hasValue(1);
    }
}
