package dev.kairos.scenarios.sim;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.SetArea;
import dev.kairos.solver.domain.Area;
import dev.kairos.solver.engine.EngineContext;
import dev.kairos.solver.engine.EngineHost;
import dev.kairos.solver.engine.Outcome;
import dev.kairos.solver.state.Ticket;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/** {@link EngineLink#INBOX}: the simulator's commands straight into the engine's inbox. */
final class InboxLink implements EngineLink
{
    private final EngineHost engine;

    private InboxLink(final EngineHost engine)
    {
        this.engine = engine;
    }

    static EngineLink open(final Path journal, final InstantSource clock, final Area area)
    {
        // The engine looks for due dispatches before every command (live: once a second): the virtual clock jumps
        // from one engineer's step to the next, and a visit dispatched a step late began late.
        final EngineHost engine = EngineHost.start(new EngineContext().journalFolder(journal).clock(clock).tickInterval(Duration.ZERO));
        final InboxLink link = new InboxLink(engine);
        // Before anything located: the engine refuses to change the area afterwards.
        if (!area.equals(Area.GEOGRAPHIC) && !link.send(new SetArea(clock.millis(), area.coordinates(), area.unitMillis())))
        {
            engine.close();
            throw new IllegalStateException("the engine refused the scenario's area " + area);
        }
        return link;
    }

    @Override
    public EngineHost engine()
    {
        return engine;
    }

    @Override
    public boolean send(final Command command)
    {
        return engine.call(command) instanceof Outcome.Applied;
    }

    @Override
    public String create(final CreateTicket create)
    {
        final Outcome outcome = engine.call(create);
        if (!(outcome instanceof Outcome.Applied applied))
        {
            throw new IllegalStateException("the engine refused a scenario's ticket " + create.spec().externalId() + ": " + outcome);
        }
        return ((Ticket)applied.entity()).id();
    }

    @Override
    public void close()
    {
        engine.close();
    }
}
