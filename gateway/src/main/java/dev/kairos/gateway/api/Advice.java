package dev.kairos.gateway.api;

import ai.timefold.solver.core.api.solver.SolverFactory;
import dev.kairos.solver.planning.advice.Advisor;
import dev.kairos.solver.planning.improve.Improver;
import dev.kairos.solver.planning.improve.ImproverContext;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Explanations and recommendations run here, on one thread of their own with a short queue: they
 * take milliseconds of score calculation, which belongs on neither an event loop nor the engine.
 */
public final class Advice implements AutoCloseable
{
    static final int QUEUE = 64;

    final Advisor advisor = new Advisor(SolverFactory.create(Improver.solverConfig(new ImproverContext())));
    final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUE), runnable ->
        {
            final Thread thread = new Thread(runnable, "kairos-advisor");
            thread.setDaemon(true);
            return thread;
        });

    @Override
    public void close()
    {
        executor.shutdownNow();
    }
}
