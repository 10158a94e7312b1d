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
    private final dev.kairos.solver.command.Envelope envelope;
    private final Function<LiveState, Outcome.Refused> guard;
    private final Idempotent idempotent;
    private boolean answered;
    private boolean replayed;
    private boolean secret;

    /** The idempotency key this request holds in the gateway's memory, if it came with one. */
    record Idempotent(IdempotencyCache cache, String id)
    {
    }

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
        this(ctx, request, params, apiKey, engine, clock, route, metrics, dev.kairos.solver.command.Envelope.NONE, null, null);
    }

    /**
     * {@code envelope}: the key id (and idempotency key) every command of this request is journaled
     * with; {@code guard}: the engine-side check that the key may see what the path names.
     */
    Exchange(
        final ChannelHandlerContext ctx,
        final FullHttpRequest request,
        final Map<String, String> params,
        final ApiKey apiKey,
        final EngineHost engine,
        final InstantSource clock,
        final String route,
        final Metrics metrics,
        final dev.kairos.solver.command.Envelope envelope,
        final Function<LiveState, Outcome.Refused> guard,
        final Idempotent idempotent)
    {
        this.envelope = envelope;
        this.guard = guard;
        this.idempotent = idempotent;
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

    /** How this server writes locations: {lat, lon} or {x, y}. */
    public LocationFormat locations()
    {
        return LocationFormat.of(ctx.channel());
    }

    public EngineHost engine()
    {
        return engine;
    }

    /** Offers a command; answers with {@code onApplied} once it is journaled and applied, or with a problem. */
    public void submit(final Command command, final Function<Outcome.Applied, Reply> onApplied)
    {
        checkScope(command);
        offer(Request.command(command, outcome -> onEventLoop(() -> answer(outcome, onApplied, null))));
    }

    /** As {@link #submit(Command, Function)}, the applied entity first turned into {@code detail(state, entity)} on the engine thread. */
    public void submit(
        final Command command,
        final java.util.function.BiFunction<LiveState, Object, Object> detail,
        final Function<Outcome.Applied, Reply> onApplied)
    {
        checkScope(command);
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
            final io.netty.handler.codec.http.FullHttpResponse response = Responses.json(ctx, status, body);
            if (replayed)
            {
                response.headers().set(IDEMPOTENT_REPLAYED, "true");
            }
            if (idempotent != null && secret)
            {
                // Not kept in memory: a retry is answered from the journaled state, which has no secret to show.
                idempotent.cache().release(idempotent.id());
            }
            else if (idempotent != null)
            {
                idempotent.cache().complete(idempotent.id(), status,
                    response.headers().get(io.netty.handler.codec.http.HttpHeaderNames.CONTENT_TYPE),
                    io.netty.buffer.ByteBufUtil.getBytes(response.content()));
            }
            Responses.send(ctx, response, keepAlive);
            measure(status);
        }
    }

    public void reply(final Problem problem)
    {
        if (mark())
        {
            release();
            Responses.send(ctx, Responses.problem(ctx, problem), keepAlive);
            measure(problem.status());
        }
    }

    /** Header on a response that repeats an earlier one for the same idempotency key. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    /** The answer shows a secret once: an idempotent retry must not get these bytes again. */
    public void answerIsSecret()
    {
        secret = true;
    }

    /** Lets go of this request's idempotency key: what it sent was refused, so nothing is remembered. */
    void release()
    {
        if (idempotent != null)
        {
            idempotent.cache().release(idempotent.id());
        }
    }

    private void checkScope(final Command command)
    {
        final String refusal = dev.kairos.gateway.auth.Scope.commandRefusal(apiKey, command);
        if (refusal != null)
        {
            throw new ProblemException(Problem.forbidden(refusal));
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
        if (!engine.offer(engineRequest.by(envelope, guard)))
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
            case Outcome.Applied applied when applied.replayed() && applied.entity() == null ->
            {
                replayed = true;
                yield Reply.of(applied.created() ? 201 : 200, new Json.Position(applied.position()));
            }
            case Outcome.Applied applied ->
            {
                replayed = applied.replayed();
                yield onApplied.apply(applied);
            }
            case Outcome.Answered answered -> onAnswer.apply((T)answered.value());
            case Outcome.Refused refused -> Reply.of(switch (refused.refusal())
            {
                case NOT_FOUND -> Problem.notFound(refused.detail());
                case CONFLICT -> Problem.conflict(refused.detail());
                case KEY_REUSED -> Problems.keyReused(refused.detail());
                case INVALID -> Problem.validation(java.util.List.of(
                    new FieldError(refused.field(), refused.value(), refused.detail().substring(refused.field().length() + 2))));
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
            ReplyMailbox.of(ctx.executor()).post(() -> ResponseOrder.within(ctx, slot, task));
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
