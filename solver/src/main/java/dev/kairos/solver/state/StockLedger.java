package dev.kairos.solver.state;

import dev.kairos.solver.domain.Stock;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Parts set aside for dispatched visits. What vans and depots have on hand lives in the engineers'
 * and depots' records; this holds the reservations, what they add up to per holder (a van or a
 * depot), and the dispatched visits still waiting for their reservation. Pure bookkeeping: callers
 * keep on hand ≥ reserved ≥ 0. Engine thread only (the push side keeps its own copy).
 */
public final class StockLedger
{
    private final Map<String, PartsReservation> reservations = new HashMap<>();
    private final Map<String, Map<String, Integer>> reserved = new HashMap<>();
    private final NavigableSet<String> pending = new TreeSet<>();
    /** Bumped whenever a reserved amount changes, so what depots can still give may be cached until then. */
    private long version;

    /** Changes whenever any holder's reserved amounts do. */
    public long version()
    {
        return version;
    }

    public static String van(final String engineerId)
    {
        return "van:" + engineerId;
    }

    public static String depot(final String depotId)
    {
        return "depot:" + depotId;
    }

    public PartsReservation reservation(final String ticketId)
    {
        return reservations.get(ticketId);
    }

    /** The parts a dispatched visit has in hand ({@link PartsReservation#inHand()}); none when it holds no reservation. */
    public SortedMap<String, Integer> inHand(final String ticketId)
    {
        final PartsReservation reservation = reservations.get(ticketId);
        return reservation == null ? Stock.empty() : reservation.inHand();
    }

    public Collection<PartsReservation> reservations()
    {
        return Collections.unmodifiableCollection(reservations.values());
    }

    /** Dispatched visits with parts and no reservation yet, by ticket id. */
    public NavigableSet<String> pending()
    {
        return Collections.unmodifiableNavigableSet(pending);
    }

    public int reserved(final String holder, final String sku)
    {
        final Map<String, Integer> bySku = reserved.get(holder);
        return bySku == null ? 0 : bySku.getOrDefault(sku, 0);
    }

    public SortedMap<String, Integer> reserved(final String holder)
    {
        final Map<String, Integer> bySku = reserved.get(holder);
        return bySku == null ? Stock.empty() : Stock.of(bySku);
    }

    /** On hand less reserved, per sku the holder has or owes. */
    public SortedMap<String, Integer> available(final String holder, final Map<String, Integer> onHand)
    {
        final TreeMap<String, Integer> result = new TreeMap<>(onHand);
        reserved(holder).forEach((sku, quantity) -> result.merge(sku, -quantity, Integer::sum));
        return Stock.of(result);
    }

    public int available(final String holder, final Map<String, Integer> onHand, final String sku)
    {
        return onHand.getOrDefault(sku, 0) - reserved(holder, sku);
    }

    void await(final String ticketId)
    {
        if (!reservations.containsKey(ticketId))
        {
            pending.add(ticketId);
        }
    }

    void put(final PartsReservation reservation)
    {
        remove(reservation.id());
        reservations.put(reservation.id(), reservation);
        count(reservation, 1);
    }

    /** Drops the ticket's reservation (and its wait for one); returns what it was, or null. */
    PartsReservation remove(final String ticketId)
    {
        pending.remove(ticketId);
        final PartsReservation old = reservations.remove(ticketId);
        if (old != null)
        {
            count(old, -1);
        }
        return old;
    }

    /** For loading snapshots (and tests): a dispatched visit still waiting for its reservation. Engine thread only. */
    public void restorePending(final String ticketId)
    {
        pending.add(ticketId);
    }

    private void count(final PartsReservation r, final int sign)
    {
        add(van(r.engineerId()), r.van(), sign);
        if (r.depotId() != null)
        {
            add(r.pickedUp() ? van(r.engineerId()) : depot(r.depotId()), r.depot(), sign);
        }
    }

    private void add(final String holder, final Map<String, Integer> parts, final int sign)
    {
        if (parts.isEmpty())
        {
            return;
        }
        version++;
        final Map<String, Integer> bySku = reserved.computeIfAbsent(holder, key -> new HashMap<>());
        parts.forEach((sku, quantity) ->
        {
            final int now = bySku.getOrDefault(sku, 0) + sign * quantity;
            if (now == 0)
            {
                bySku.remove(sku);
            }
            else
            {
                bySku.put(sku, now);
            }
        });
        if (bySku.isEmpty())
        {
            reserved.remove(holder);
        }
    }
}
