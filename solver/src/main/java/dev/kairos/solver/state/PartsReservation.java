package dev.kairos.solver.state;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A dispatched visit's parts, set aside until the visit completes or leaves its engineer. {@code id}
 * is the ticket's. {@code van} is held in the engineer's van; {@code depot} at {@code depotId} until
 * the engineer checks in at the visit ({@code pickedUp}), when it moves to the van; {@code missing}
 * is what nobody had (a stock-out).
 */
public record PartsReservation(
    String id,
    String engineerId,
    SortedMap<String, Integer> van,
    String depotId,
    SortedMap<String, Integer> depot,
    SortedMap<String, Integer> missing,
    boolean pickedUp,
    long at,
    long position)
{
    public boolean stockOut()
    {
        return !missing.isEmpty();
    }

    /** What the visit has in hand: the van's share and, once picked up, the depot's; what an engineer fits at completion. */
    public SortedMap<String, Integer> inHand()
    {
        final TreeMap<String, Integer> parts = new TreeMap<>(van);
        if (pickedUp)
        {
            depot.forEach((sku, quantity) -> parts.merge(sku, quantity, Integer::sum));
        }
        return parts;
    }
}
