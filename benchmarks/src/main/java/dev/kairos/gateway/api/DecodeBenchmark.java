package dev.kairos.gateway.api;

import dev.kairos.gateway.http.Json;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.Effects;
import dev.kairos.solver.wire.BinaryReader;
import dev.kairos.solver.wire.BinaryWriter;
import dev.kairos.solver.wire.CommandCodec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Request decode on an event loop (JSON body to a validated {@link CreateTicket}), response
 * encode (ticket view to JSON), and the journal codec both ways. One thread. Lives in the
 * gateway's api package to reach its package-private decoders.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecodeBenchmark
{
    private static final String TICKET = """
        {"externalId":"SN-4711","title":"No heating on floor 3","priority":"P2","tier":"gold","region":"north",
         "location":{"lat":51.51,"lon":-0.12},"skills":["hvac",{"name":"electrical","minLevel":2}],
         "tools":["ladder"],"parts":{"filter":2},"durationMinutes":90,
         "window":{"start":"2026-11-23T10:00:00Z","end":"2026-11-23T12:00:00Z"},"due":"2026-11-24T09:00:00Z"}
        """;

    private ByteBuf body;
    private CreateTicket command;
    private dev.kairos.solver.state.Ticket ticket;
    private final ByteBuf out = Unpooled.buffer(4096);
    private final BinaryWriter writer = new BinaryWriter();
    private final BinaryReader reader = new BinaryReader();
    private byte[] encoded;

    @Setup
    public void setUp()
    {
        body = Unpooled.copiedBuffer(TICKET, StandardCharsets.UTF_8);
        command = TicketDecoder.create(Json.read(body), 1_795_420_800_000L);
        ticket = new dev.kairos.solver.state.Ticket("T-1", command.spec(), dev.kairos.solver.domain.TicketStatus.NEW,
            null, null, command.at(), command.at(), 1);
        CommandCodec.encode(command, new Effects("T-1"), writer.reset());
        encoded = java.util.Arrays.copyOf(writer.array(), writer.length());
    }

    @Benchmark
    public CreateTicket decodeTicketJson()
    {
        return TicketDecoder.create(Json.read(body), 1_795_420_800_000L);
    }

    @Benchmark
    public int encodeTicketJson()
    {
        out.clear();
        Json.write(out, Views.ticket(new PlannedTicket(ticket, null, null, null, null, null, 0)));
        return out.readableBytes();
    }

    @Benchmark
    public int encodeJournalRecord()
    {
        CommandCodec.encode(command, new Effects("T-1"), writer.reset());
        return writer.length();
    }

    @Benchmark
    public Object decodeJournalRecord()
    {
        return CommandCodec.decode(reader.wrap(encoded, encoded.length));
    }
}
