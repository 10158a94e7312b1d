package dev.kairos.solver.command;

/**
 * A request to change live state. {@code at} is the engine time (epoch milliseconds) the
 * command was received; it is journaled with the command so replay needs no clock.
 */
public sealed interface Command
    permits CreateTicket, UpdateTicket, CancelTicket, PutEngineer, PutDepot, EngineerLocation,
    ChangeEngineerStatus, PutApiKey, PlanUpdate, DispatchVisit, TicketProgress, PinTicket,
    PutSlaPolicy, DeleteSlaPolicy, PutCalendar, FireSla, PutWebhook, WebhookDelivered, RevokeApiKey,
    SetVanStock, TransferStock, ReserveParts, RestockDepot, SetKeyLimits, WebhookFailed, SetArea
{
    long at();
}
