package dev.kairos.benchmarks.load;

import dev.kairos.gateway.NettyTransport;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpResponseDecoder;

import java.net.InetSocketAddress;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs open-loop load against one loopback address over N keep-alive connections, fresh for
 * each run so a run that gave up on answers cannot leak them into the next. The calling thread
 * paces the timetable, parking until the next request is due; one Netty event loop does all I/O
 * and recording. One run at a time, from one thread.
 */
final class LoadClient implements AutoCloseable
{
    /** Time to set the pacer going before request 0 is due, so it is not late from the start. */
    private static final long LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final InetSocketAddress address;
    private final int connections;
    private final int maxInFlight;
    private final long tickNanos;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NettyTransport.chosen().ioHandlerFactory());

    /** @param tickNanos the pacer's shortest pause; 0 to wake for every request */
    LoadClient(final InetSocketAddress address, final int connections, final int maxInFlight, final long tickNanos)
    {
        this.address = address;
        this.connections = connections;
        this.maxInFlight = maxInFlight;
        this.tickNanos = tickNanos;
    }

    RunResult run(final String target, final RunSpec spec, final byte[] kinds, final RequestTemplates templates)
        throws InterruptedException
    {
        final Connection[] handlers = new Connection[connections];
        final Channel[] channels = new Channel[connections];
        try
        {
            for (int i = 0; i < connections; i++)
            {
                handlers[i] = new Connection(maxInFlight);
                channels[i] = connect(handlers[i]);
            }
            final EventLoop loop = channels[0].eventLoop();
            final OpenLoopSchedule schedule = spec.schedule(System.nanoTime() + LEAD_NANOS);
            final OpenLoopRun run = new OpenLoopRun(schedule, kinds, templates, handlers, loop);
            loop.submit(() ->
            {
                for (final Connection handler : handlers)
                {
                    handler.bind(run);
                }
            }).sync();
            final CpuMeter.Reading before = CpuMeter.read();
            pace(schedule, run, tickNanos);
            try
            {
                run.allFinished().get(spec.drainTimeout().toNanos(), TimeUnit.NANOSECONDS);
            }
            catch (final TimeoutException ex)
            {
                // Whatever is still out is charged as a timeout by end().
            }
            final CpuMeter.Usage cpu = CpuMeter.between(before, CpuMeter.read(), Runtime.getRuntime().availableProcessors());
            return loop.submit(() -> run.end(target, cpu)).get();
        }
        catch (final ExecutionException ex)
        {
            throw new IllegalStateException("the " + target + " run failed: " + ex.getCause(), ex.getCause());
        }
        finally
        {
            for (final Channel channel : channels)
            {
                if (channel != null)
                {
                    channel.close().awaitUninterruptibly();
                }
            }
        }
    }

    /** Releases each request when it is due; a late wake-up releases everything due at once. */
    private static void pace(final OpenLoopSchedule schedule, final OpenLoopRun run, final long tickNanos)
    {
        final long total = schedule.totalCount();
        long released = 0;
        while (released < total)
        {
            final long due = schedule.dueCount(System.nanoTime());
            if (due > released)
            {
                released = due;
                run.release(due);
                continue;
            }
            final long wait = Math.max(tickNanos, schedule.intendedNanos(released) - System.nanoTime());
            if (wait > 0)
            {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private Channel connect(final Connection handler)
    {
        final Bootstrap bootstrap = new Bootstrap()
            .group(group)
            .channel(NettyTransport.chosen().socketChannel())
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
            .handler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline().addLast("http", new HttpResponseDecoder()).addLast("load", handler);
                }
            });
        final ChannelFuture connected = bootstrap.connect(address).awaitUninterruptibly();
        if (!connected.isSuccess())
        {
            throw new IllegalStateException("cannot connect to " + address + ": " + connected.cause().getMessage(), connected.cause());
        }
        return connected.channel();
    }

    @Override
    public void close()
    {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
