package dev.kairos.gateway.http;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.engine.Request;
import dev.kairos.solver.state.ApiKey;
import dev.kairos.solver.state.LiveState;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.InstantSource;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One request in flight: what a route needs to decode it, reach the engine and answer. Created and
 * answered on the channel's event loop; engine replies are handed back to that loop.
 */
public final class Exchange
{
    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

    private final ChannelHandlerContext ctx;
    private final FullHttpRequest request;
    private final Map<String, String> params;
    private final ApiKey apiKey;
    private final EngineHost engine;
    private final InstantSource clock;
    private final boolean keepAlive;
    private final long receivedAt;
    private final long startNanos = System.nanoTime();
    private final String route;
    private final Metrics metrics;
    /** Where this request's answer waits its turn behind earlier pipelined ones. */
    private final ResponseOrder.Slot slot;
    private boolean answered;

    Exchange(
        final ChannelHandlerContext ctx,
        final FullHttpRequest request,
        final Map<String, String> params,
        final ApiKey apiKey,
        final EngineHost engine,
        final InstantSource clock,
        final String route,
        final Metrics metrics)
    {
        this.route = route;
        this.metrics = metrics;
        this.ctx = ctx;
        this.request = request;
        this.params = params;
        this.apiKey = apiKey;
        this.engine = engine;
        this.clock = clock;
        this.keepAlive = HttpUtil.isKeepAlive(request);
        this.receivedAt = clock.millis();
        this.slot = ResponseOrder.slotOf(ctx);
    }

    /** A path parameter, checked to be a plain id. */
    public String id(final String name)
    {
        return Ids.check(name, params.get(name));
    }

    /** A path parameter as sent, unchecked: for names looked up in a fixed table, never used as ids. */
    public String pathParam(final String name)
    {
        return params.get(name);
    }

    /** The request URI, with its query string. */
    public String uri()
    {
        return request.uri();
    }

    /** A query-string parameter's first value, or null when the request has none. */
    public String queryParam(final String name)
    {
        final java.util.List<String> values = new io.netty.handler.codec.http.QueryStringDecoder(request.uri()).parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The request body; valid only until the handler returns (decode it there). */
    public ByteBuf body()
    {
        return request.content();
    }

    /** Engine time at which the request was received: the {@code at} of its command. */
    public long receivedAt()
    {
        return receivedAt;
    }

    public InstantSource clock()
    {
        return clock;
    }

    public ApiKey apiKey()
    {
        return apiKey;
    }

    public EngineHost engine()
    {
        return engine;
    }

    /** Offers a command; answers with {@code onApplied} once it is journaled and applied, or with a problem. */
    public void submit(final Command command, final Function<Outcome.Applied, Reply> onApplied)
    {
        offer(Request.command(command, outcome -> onEventLoop(() -> answer(outcome, onApplied, null))));
    }

    /** As {@link #submit(Command, Function)}, the applied entity first turned into {@code detail(state, entity)} on the engine thread. */
    public void submit(
        final Command command,
        final java.util.function.BiFunction<LiveState, Object, Object> detail,
        final Function<Outcome.Applied, Reply> onApplied)
    {
        offer(Request.command(command, detail, outcome -> onEventLoop(() -> answer(outcome, onApplied, null))));
    }

    /**
     * Runs {@code work} on {@code executor} (off the event loop and the engine thread), then answers
     * with its reply on the event loop; a full executor is a 503.
     */
    public void later(final Executor executor, final Supplier<Reply> work)
    {
        try
        {
            executor.execute(() ->
            {
                Reply reply;
                try
                {
                    reply = work.get();
                }
                catch (final RuntimeException ex)
                {
                    LOG.error("deferred work for {} failed", request.uri(), ex);
                    reply = Reply.of(Problem.internal(ex.toString()));
                }
                final Reply answer = reply;
                onEventLoop(() -> send(answer));
            });
        }
        catch (final RejectedExecutionException ex)
        {
            reply(Problem.overloaded());
        }
    }

    /**
     * Runs a read-only query on the engine thread; answers with what {@code onAnswer} makes of its
     * result, or later when {@code onAnswer} hands the work on (returns null after calling {@link #later}).
     */
    public <T> void query(final Function<LiveState, T> query, final Function<T, Reply> onAnswer)
    {
        offer(Request.query(query, outcome -> onEventLoop(() -> answer(outcome, null, onAnswer))));
    }

    public void reply(final int status, final Object body)
    {
        if (mark())
        {
            Responses.send(ctx, Responses.json(ctx, status, body), keepAlive);
            measure(status);
        }
    }

    public void reply(final Problem problem)
    {
        if (mark())
        {
            Responses.send(ctx, Responses.problem(ctx, problem), keepAlive);
            measure(problem.status());
        }
    }

    /** A plain-text answer (the Prometheus scrape). */
    public void replyText(final String contentType, final String text)
    {
        if (mark())
        {
            Responses.send(ctx, Responses.text(ctx, contentType, text), keepAlive);
            measure(200);
        }
    }

    public Metrics metrics()
    {
        return metrics;
    }

    private void measure(final int status)
    {
        metrics.request(route, request.method().name(), status, System.nanoTime() - startNanos);
    }

    /** What a route answers: a status with a JSON body, or a problem. */
    public record Reply(int status, Object body, Problem problem)
    {
        public static Reply of(final int status, final Object body)
        {
            return new Reply(status, body, null);
        }

        public static Reply of(final Problem problem)
        {
            return new Reply(problem.status(), null, problem);
        }
    }

    private void offer(final Request engineRequest)
    {
        if (!engine.offer(engineRequest))
        {
            reply(Problem.overloaded());
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void answer(
        final Outcome outcome, final Function<Outcome.Applied, Reply> onApplied, final Function<T, Reply> onAnswer)
    {
        final Reply reply = switch (outcome)
        {
            case Outcome.Applied applied -> onApplied.apply(applied);
            case Outcome.Answered answered -> onAnswer.apply((T)answered.value());
            case Outcome.Refused refused -> Reply.of(switch (refused.refusal())
            {
                case NOT_FOUND -> Problem.notFound(refused.detail());
                case CONFLICT -> Problem.conflict(refused.detail());
            });
            case Outcome.Failed failed -> Reply.of(Problem.internal(failed.detail()));
        };
        if (reply != null)
        {
            send(reply);
        }
    }

    private void send(final Reply reply)
    {
        if (reply.problem() != null)
        {
            reply(reply.problem());
        }
        else
        {
            reply(reply.status(), reply.body());
        }
    }

    private void onEventLoop(final Runnable task)
    {
        try
        {
            ctx.executor().execute(() -> ResponseOrder.within(ctx, slot, task));
        }
        catch (final RejectedExecutionException ex)
        {
            // The server is stopping and the connection's event loop is gone: there is nobody to answer.
            LOG.debug("reply for {} dropped: the event loop has shut down", request.uri());
        }
    }

    private boolean mark()
    {
        if (answered)
        {
            return false;
        }
        answered = true;
        return true;
    }
}
