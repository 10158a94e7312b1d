package dev.kairos.solver.domain;

/** Ticket priority, P1 most urgent. */
public enum Priority
{
    P1, P2, P3, P4
}
