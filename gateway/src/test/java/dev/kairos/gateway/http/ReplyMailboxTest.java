package dev.kairos.gateway.http;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Replies posted from another thread all run on the loop, in the order posted, even past a reply that throws. */
class ReplyMailboxTest
{
    private final EventLoop loop = new DefaultEventLoop();

    @AfterEach
    void stop()
    {
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void shouldRunEveryReplyOnTheLoopInOrder() throws InterruptedException
    {
        final int count = 100_000;
        final List<Integer> ran = new ArrayList<>();
        final List<Boolean> onLoop = new ArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);
        final ReplyMailbox mailbox = ReplyMailbox.of(loop);

        final Thread engine = new Thread(() ->
        {
            for (int i = 0; i < count; i++)
            {
                final int index = i;
                mailbox.post(() ->
                {
                    ran.add(index);
                    onLoop.add(loop.inEventLoop());
                    if (index == count / 2)
                    {
                        throw new IllegalStateException("a reply that fails to write");
                    }
                    if (index == count - 1)
                    {
                        done.countDown();
                    }
                });
            }
        }, "engine");
        engine.start();

        assertThat(done.await(30, TimeUnit.SECONDS)).as("the last reply ran").isTrue();
        engine.join();
        assertThat(ran).hasSize(count);
        for (int i = 0; i < count; i++)
        {
            assertThat(ran.get(i)).isEqualTo(i);
        }
        assertThat(onLoop).containsOnly(true);
        assertThat(ReplyMailbox.of(loop)).as("one mailbox per loop").isSameAs(mailbox);
    }
}
