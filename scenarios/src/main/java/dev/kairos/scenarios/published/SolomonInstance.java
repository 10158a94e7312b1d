package dev.kairos.scenarios.published;

import java.util.List;

/**
 * A Solomon (1987) VRPTW instance as published: a fleet of identical vehicles and the nodes, the
 * depot first. Kept exactly as read, so a checker can judge solutions against the source numbers.
 *
 * @param nodes indexed by id: {@code nodes.get(0)} is the depot, then customers 1..n
 */
public record SolomonInstance(String name, int vehicles, int capacity, List<SolomonNode> nodes)
{
    public SolomonInstance
    {
        nodes = List.copyOf(nodes);
        for (int i = 0; i < nodes.size(); i++)
        {
            if (nodes.get(i).id() != i)
            {
                throw new IllegalArgumentException("node at index " + i + " has id " + nodes.get(i).id());
            }
        }
        if (nodes.isEmpty())
        {
            throw new IllegalArgumentException("an instance needs at least its depot");
        }
    }

    public SolomonNode depot()
    {
        return nodes.get(0);
    }

    public int customerCount()
    {
        return nodes.size() - 1;
    }

    /** Customer or depot by id. */
    public SolomonNode node(final int id)
    {
        return nodes.get(id);
    }
}
