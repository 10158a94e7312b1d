package dev.kairos.gateway;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * Netty's native epoll transport where its library loads (Linux on x86-64), else NIO. Epoll wakes a
 * loop with an eventfd and reads with fewer system calls and less garbage than the JDK's selector;
 * the engine wakes a loop for every reply batch. {@code -Dkairos.transport=nio} forces NIO (to
 * compare, or where the native library misbehaves). The load generator and the bare ceiling server
 * use the same choice, so their ratios compare like with like.
 */
public enum NettyTransport
{
    EPOLL, NIO;

    private static final NettyTransport CHOSEN = choose(System.getProperty("kairos.transport", "auto"));

    /** The transport this JVM uses. */
    public static NettyTransport chosen()
    {
        return CHOSEN;
    }

    static NettyTransport choose(final String setting)
    {
        return switch (setting)
        {
            case "nio" -> NIO;
            case "epoll" ->
            {
                Epoll.ensureAvailability();
                yield EPOLL;
            }
            case "auto" -> Epoll.isAvailable() ? EPOLL : NIO;
            default -> throw new IllegalArgumentException("kairos.transport: must be auto, epoll or nio, was " + setting);
        };
    }

    public IoHandlerFactory ioHandlerFactory()
    {
        return this == EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    }

    public Class<? extends ServerChannel> serverChannel()
    {
        return this == EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    public Class<? extends SocketChannel> socketChannel()
    {
        return this == EPOLL ? EpollSocketChannel.class : NioSocketChannel.class;
    }
}
