package dev.kairos.scenarios.sim;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.domain.Area;
import dev.kairos.solver.engine.EngineHost;

import java.nio.file.Path;
import java.time.InstantSource;

/**
 * How the simulator's commands reach the engine: straight into its inbox ({@link #INBOX}), or
 * through the gateway's HTTP API, which the gateway module provides. Either way the engine is a
 * real one on a real journal, on the simulator's clock; what the simulator watches (routes,
 * ticket states) and the optimiser's stepped rounds go to {@link #engine()} directly, as a
 * server's own optimiser does.
 */
public interface EngineLink extends AutoCloseable
{
    @FunctionalInterface
    interface Opener
    {
        /** Starts an engine on {@code clock}, planning in {@code area}, its journal (a server's: all its data) in {@code folder}. */
        EngineLink open(Path folder, InstantSource clock, Area area);
    }

    /** Commands go into the engine's inbox: the path the gateway's routes hand them to. */
    Opener INBOX = InboxLink::open;

    /** The engine the commands reach. */
    EngineHost engine();

    /** Sends a command; true when the engine applied it, false when it refused it. */
    boolean send(Command command);

    /** Creates a ticket and returns the id the engine gave it; a refusal is an error, as for a scenario's setup. */
    String create(CreateTicket create);

    @Override
    void close();
}
