package dev.kairos.solver.state;

import dev.kairos.solver.command.Command;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.PutApiKey;
import dev.kairos.solver.command.PutCalendar;
import dev.kairos.solver.command.PutDepot;
import dev.kairos.solver.command.PutEngineer;
import dev.kairos.solver.command.PutSlaPolicy;

/** Whether a command brings a new entity into being (HTTP 201 rather than 200); asked before it applies. */
public final class NewEntities
{
    private NewEntities()
    {
    }

    public static boolean creates(final LiveState state, final Command command)
    {
        return switch (command)
        {
            case CreateTicket c -> true;
            case PutEngineer c -> state.engineer(c.engineerId()) == null;
            case PutDepot c -> state.depot(c.depotId()) == null;
            case PutApiKey c -> state.apiKey(c.keyId()) == null;
            case PutSlaPolicy c -> state.sla().policy(c.policyId()) == null;
            case PutCalendar c -> state.sla().calendar(c.name()) == null;
            default -> false;
        };
    }
}
