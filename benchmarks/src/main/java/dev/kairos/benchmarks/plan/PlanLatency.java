package dev.kairos.benchmarks.plan;

import dev.kairos.scenarios.city.City;
import dev.kairos.scenarios.city.CityGenerator;
import dev.kairos.scenarios.city.CityProfile;
import dev.kairos.scenarios.city.TicketStream;
import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.EngineerLocation;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.TicketProgress;
import dev.kairos.solver.domain.Location;
import dev.kairos.solver.domain.TicketStatus;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.engine.Request;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;
import dev.kairos.solver.state.Ticket;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code ./kairos bench plan}: a city of N engineers with M open tickets (the cold start builds
 * their plan through the fast path), then a steady stream — new tickets, location pings, and
 * completions at the ticket rate so the open count holds — for a fixed time, with the optimiser
 * running. Reports the fast path's latency (command offered to reply: an upper bound on engine
 * time), the improvement path's latency (reply to the end of the first optimiser round that read
 * the ticket's route), and finally the plan against a from-scratch solve of the same state.
 */
@CommandLine.Command(name = "plan", mixinStandardHelpOptions = true, description = "Event-to-plan latency and plan quality.")
public final class PlanLatency implements Callable<Integer>
{
    @Option(names = "--engineers", defaultValue = "100")
    int engineers;

    @Option(names = "--tickets", defaultValue = "500", description = "Open tickets before the stream starts.")
    int tickets;

    @Option(names = "--seconds", defaultValue = "30", description = "Length of the steady stream.")
    int seconds;

    @Option(names = "--tickets-per-second", defaultValue = "50")
    int ticketRate;

    @Option(names = "--pings-per-second", defaultValue = "1000")
    int pingRate;

    @Option(names = "--quality-seconds", defaultValue = "0", description = "From-scratch solve time to compare with; 0 skips it.")
    int qualitySeconds;

    @Option(names = "--new-work-moves", description = "Move budget of a round for new work (default: ImproverContext's).")
    Long newWorkMoves;

    @Option(names = "--rest-burst-ms", description = "Rest a round for new work may leave owed (default: ImproverContext's).")
    Long restBurstMillis;

    @Option(names = "--warmup-seconds", defaultValue = "0",
        description = "The stream and the optimiser run this long before anything is measured (the JIT warming Timefold's code).")
    int warmupSeconds;

    @Option(names = "--seed", defaultValue = "20261123")
    long seed;

    private static final int WINDOW_SECONDS = 5;

    private final Histogram fastPath = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
    private final Histogram improvement = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    /** The improvement path per 5 s of the stream: shows whether the tail is the optimiser warming up or a queue building. */
    private final List<Histogram> improvementByWindow = new ArrayList<>();
    private volatile long streamStart;
    private final java.util.concurrent.atomic.AtomicLong createsSent = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong placedCreates = new java.util.concurrent.atomic.AtomicLong();
    /** How long each optimiser round took, query to reply (rests between rounds excluded). */
    private final Histogram roundLength = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    private final Map<String, ConcurrentLinkedQueue<Long>> waiting = new ConcurrentHashMap<>();

    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new PlanLatency()).execute(args));
    }

    @Override
    public Integer call() throws Exception
    {
        final Path folder = Files.createTempDirectory("kairos-plan-bench");
        final InstantSource clock = InstantSource.system();
        final long dayStart = clock.millis() - 3_600_000L;
        final CityProfile demo = CityProfile.demo(seed);
        final City city = new CityGenerator(new CityProfile(seed, demo.centre(), 25, 5, engineers, 12, 3_600.0 * ticketRate))
            .build(dayStart);
        System.out.printf("plan benchmark: %d engineers, %d open tickets, %d s at %d tickets/s and %d pings/s "
            + "(after %d s of warm-up), seed %d%n", engineers, tickets, seconds, ticketRate, pingRate, warmupSeconds, seed);
        try (EngineHost engine = EngineHost.start(new EngineContext().journalFolder(folder.resolve("journal")).clock(clock)))
        {
            city.depots().forEach(engine::call);
            city.engineers().forEach(engine::call);
            final TicketStream stream = new TicketStream(city, seed);

            final long coldStart = System.nanoTime();
            final List<CompletableFuture<Outcome>> replies = new ArrayList<>();
            for (int i = 0; i < tickets; i++)
            {
                replies.add(submitWaiting(engine, stream.next(clock.millis())));
            }
            for (final CompletableFuture<Outcome> reply : replies)
            {
                reply.get(60, TimeUnit.SECONDS);
            }
            final double coldSeconds = (System.nanoTime() - coldStart) / 1e9;
            System.out.printf("cold start: %d tickets planned by the fast path in %.2f s (%.0f tickets/s)%n",
                tickets, coldSeconds, tickets / coldSeconds);
            final long planned = engine.<Long>ask(state -> state.tickets().stream()
                .filter(t -> t.status() != TicketStatus.NEW).count());
            System.out.printf("cold start: %d of %d planned%n", planned, tickets);

            final ImproverContext context = new ImproverContext().clock(clock);
            if (newWorkMoves != null)
            {
                context.newWorkMoveLimit(newWorkMoves);
            }
            if (restBurstMillis != null)
            {
                context.restBurst(java.time.Duration.ofMillis(restBurstMillis));
            }
            final Improver improver = new Improver(engine, context);
            final long[] rounds = new long[3];
            improver.observe(round ->
            {
                if (round.startedNanos() < streamStart)
                {
                    return;
                }
                rounds[0]++;
                rounds[1] += round.applied() ? 1 : 0;
                rounds[2] += round.moves();
                roundLength.recordValue(Math.max(0, round.finishedNanos() - round.startedNanos()));
                for (final String engineerId : round.engineers())
                {
                    final ConcurrentLinkedQueue<Long> events = waiting.get(engineerId);
                    for (Long at = events == null ? null : events.peek(); at != null && at <= round.startedNanos(); at = events.peek())
                    {
                        events.poll();
                        improvement.recordValue(Math.max(0, round.finishedNanos() - at));
                        final int window = (int)Math.max(0, (at - streamStart) / TimeUnit.SECONDS.toNanos(WINDOW_SECONDS));
                        if (window < improvementByWindow.size())
                        {
                            improvementByWindow.get(window).recordValue(Math.max(0, round.finishedNanos() - at));
                        }
                    }
                }
            });
            engine.onRoutesChanged(improver::routesChanged);
            improver.start();
            for (int w = 0; w * WINDOW_SECONDS < seconds; w++)
            {
                improvementByWindow.add(new Histogram(TimeUnit.SECONDS.toNanos(60), 3));
            }
            streamStart = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
            steady(engine, city, stream, clock);
            improver.close();
            System.out.printf("optimiser: %d rounds, %d plan updates applied, %d moves evaluated a round on average%n",
                rounds[0], rounds[1], rounds[0] == 0 ? 0 : rounds[2] / rounds[0]);
            print("optimiser round length", roundLength);
            print("fast path (create → reply, incl. queueing)", fastPath);
            print("improvement path (reply → end of the round that read it)", improvement);
            for (int w = 0; w < improvementByWindow.size(); w++)
            {
                print(String.format("  of tickets sent %d–%d s into the stream", w * WINDOW_SECONDS, (w + 1) * WINDOW_SECONDS),
                    improvementByWindow.get(w));
            }
            final long unread = waiting.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
            System.out.printf("improvement path: %d events not yet read by a round when the stream ended%n", unread);
            // Only placed tickets are timed: how many the fast path left unplaced says whether routes were fuller.
            System.out.printf("stream: %d of %d new tickets placed by the fast path; at the end %d open tickets unassigned%n",
                placedCreates.get(), createsSent.get(), engine.<Long>ask(state -> state.tickets().stream()
                    .filter(t -> t.status() == TicketStatus.NEW).count()));
            if (qualitySeconds > 0)
            {
                PlanQuality.compare(engine, qualitySeconds);
            }
        }
        return 0;
    }

    /** The stream on this thread: sends are paced to intended times and never wait for replies. */
    private void steady(final EngineHost engine, final City city, final TicketStream stream, final InstantSource clock)
    {
        final Random random = new Random(seed);
        final long start = System.nanoTime();
        final long end = start + TimeUnit.SECONDS.toNanos(warmupSeconds + seconds);
        final long ticketGap = 1_000_000_000L / ticketRate;
        final long pingGap = 1_000_000_000L / pingRate;
        long nextTicket = start;
        long nextPing = start;
        while (true)
        {
            final long now = System.nanoTime();
            if (now >= end)
            {
                return;
            }
            if (now >= nextTicket)
            {
                final long intended = nextTicket;
                nextTicket += ticketGap;
                final CreateTicket create = stream.next(clock.millis());
                engine.offer(Request.command(create, (state, entity) -> state.plan().engineerOf(((Ticket)entity).id()),
                    outcome -> created(outcome, intended)));
                completeOne(engine, clock);
            }
            else if (now >= nextPing)
            {
                nextPing += pingGap;
                final PutEngineer engineer = city.engineers().get(random.nextInt(city.engineers().size()));
                final Location home = engineer.spec().home();
                engine.submit(new EngineerLocation(clock.millis(), engineer.engineerId(),
                    new Location(home.lat() + random.nextGaussian() * 0.01, home.lon() + random.nextGaussian() * 0.01),
                    clock.millis()));
            }
            else
            {
                LockSupport.parkNanos(Math.min(nextTicket, nextPing) - now);
            }
        }
    }

    /**
     * Engine thread (reply callback): records the fast path from the intended send time, and starts
     * the improvement clock for the engineer whose route it changed (the optimiser's next seed).
     */
    private void created(final Outcome outcome, final long intended)
    {
        final long now = System.nanoTime();
        if (intended < streamStart)
        {
            return;
        }
        fastPath.recordValue(Math.max(0, now - intended));
        createsSent.incrementAndGet();
        if (outcome instanceof Outcome.Applied applied && applied.entity() instanceof String engineerId)
        {
            placedCreates.incrementAndGet();
            waiting.computeIfAbsent(engineerId, id -> new ConcurrentLinkedQueue<>()).add(now);
        }
    }

    /** Keeps the open count steady: one dispatched ticket is checked in and completed per new ticket. */
    private void completeOne(final EngineHost engine, final InstantSource clock)
    {
        final String done = engine.ask(state -> state.tickets().stream()
            .filter(t -> t.status() == TicketStatus.DISPATCHED).map(Ticket::id).findFirst().orElse(null));
        if (done != null)
        {
            engine.submit(new TicketProgress(clock.millis(), done, TicketStatus.ON_SITE, null, null, null));
            engine.submit(new TicketProgress(clock.millis(), done, TicketStatus.COMPLETED, null, "done", null));
        }
    }

    private CompletableFuture<Outcome> submitWaiting(final EngineHost engine, final Command command)
    {
        CompletableFuture<Outcome> reply;
        while ((reply = engine.submit(command)) == null)
        {
            Thread.onSpinWait();
        }
        return reply;
    }

    private static void print(final String name, final Histogram histogram)
    {
        System.out.printf("%s: count %d, p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n", name,
            histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6,
            histogram.getValueAtPercentile(99.9) / 1e6, histogram.getMaxValue() / 1e6);
    }
}
