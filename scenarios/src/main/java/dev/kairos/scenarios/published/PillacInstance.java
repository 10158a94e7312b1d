package dev.kairos.scenarios.published;

import java.util.List;

/**
 * A Pillac, Guéret and Medaglia (2013) TRSP instance: a depot, a crew with homes, skills, tools and
 * van stock, and requests built on Solomon customers. Also fixes the node numbering the authors'
 * route file uses, so readers of routes and checkers agree on it: with {@code n} technicians and
 * {@code m} requests, 1..n are homes, n+1..n+m requests, n+m+1..2n+m the return home of
 * technician id−(n+m), and 2n+m+1..3n+m a depot visit of technician id−(2n+m).
 */
public record PillacInstance(String name, int skillCount, int toolCount, int partCount, PillacDepot depot,
    List<PillacTechnician> technicians, List<PillacRequest> requests)
{
    public PillacInstance
    {
        technicians = List.copyOf(technicians);
        requests = List.copyOf(requests);
        for (int i = 0; i < technicians.size(); i++)
        {
            if (technicians.get(i).id() != i + 1)
            {
                throw new IllegalArgumentException("technician at index " + i + " has id " + technicians.get(i).id());
            }
        }
        for (int i = 0; i < requests.size(); i++)
        {
            if (requests.get(i).id() != technicians.size() + 1 + i)
            {
                throw new IllegalArgumentException("request at index " + i + " has id " + requests.get(i).id());
            }
        }
    }

    /** By id, 1..crew count. */
    public PillacTechnician technician(final int id)
    {
        return technicians.get(id - 1);
    }

    public boolean isRequest(final int node)
    {
        return node > technicians.size() && node <= technicians.size() + requests.size();
    }

    /** By row id, after the technicians. */
    public PillacRequest request(final int id)
    {
        return requests.get(id - technicians.size() - 1);
    }

    /** Node id of the technician's return home in the authors' routes. */
    public int returnNode(final int technicianId)
    {
        return technicianId + technicians.size() + requests.size();
    }

    /** Node id of a depot visit by the technician in the authors' routes. */
    public int depotVisitNode(final int technicianId)
    {
        return technicianId + 2 * technicians.size() + requests.size();
    }
}
