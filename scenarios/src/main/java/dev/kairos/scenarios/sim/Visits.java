package dev.kairos.scenarios.sim;

import dev.kairos.solver.domain.Location;
import dev.kairos.solver.planning.TravelTimes;
import dev.kairos.solver.state.LiveState;
import dev.kairos.solver.state.PartsReservation;
import dev.kairos.solver.state.Stop;

/** What a simulated visit did in the field, read off the engine's state on its thread (inside {@code engine.ask}). */
final class Visits
{
    private Visits()
    {
    }

    /** A drive to a visit: its distance and how long it took (a depot's counter time not included). */
    record Drive(double distance, long millis)
    {
    }

    /**
     * The drive to a visit: straight from the last site, or through the depot where the plan picks up
     * its parts or tools (the detour was left out before 2026-12-07, so travel undercounted every
     * pick-up, Kairos's and greedy's alike).
     */
    static Drive drive(final LiveState state, final Location from, final Stop stop, final Location site)
    {
        final TravelTimes travel = state.travel();
        if (stop.pickUp() == null)
        {
            return new Drive(travel.distance(from, site), travel.millis(from, site));
        }
        final Location depot = state.depot(stop.pickUp().depotId()).location();
        return new Drive(travel.distance(from, depot) + travel.distance(depot, site),
            travel.millis(from, depot) + travel.millis(depot, site));
    }

    /** Whether the visit's parts could not all be set aside when it was dispatched (a stock-out). */
    static boolean shortOfParts(final LiveState state, final String ticketId)
    {
        final PartsReservation reservation = state.stock().reservation(ticketId);
        return reservation != null && reservation.stockOut();
    }

    /** The drive from home to the first visit, through the depot and its counter when the plan picks parts up on the way. */
    static long driveFromHome(final LiveState state, final Location home, final Stop stop, final Location site)
    {
        final long drive = drive(state, home, stop, site).millis();
        return stop.pickUp() == null ? drive : drive + state.depot(stop.pickUp().depotId()).counterMillis();
    }
}
