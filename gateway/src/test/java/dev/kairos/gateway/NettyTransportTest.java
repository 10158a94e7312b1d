package dev.kairos.gateway;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NettyTransportTest
{
    @Test
    void nioWhenAskedEvenWhereEpollLoads()
    {
        assertThat(NettyTransport.choose("nio")).isEqualTo(NettyTransport.NIO);
        assertThat(NettyTransport.NIO.serverChannel()).isEqualTo(NioServerSocketChannel.class);
    }

    @Test
    void autoTakesEpollExactlyWhereItsLibraryLoads()
    {
        final NettyTransport auto = NettyTransport.choose("auto");
        assertThat(auto).isEqualTo(Epoll.isAvailable() ? NettyTransport.EPOLL : NettyTransport.NIO);
        if (auto == NettyTransport.EPOLL)
        {
            assertThat(auto.serverChannel()).isEqualTo(EpollServerSocketChannel.class);
        }
    }

    @Test
    void anUnknownSettingIsRefusedByName()
    {
        assertThatThrownBy(() -> NettyTransport.choose("iouring"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("kairos.transport")
            .hasMessageContaining("iouring");
    }
}
