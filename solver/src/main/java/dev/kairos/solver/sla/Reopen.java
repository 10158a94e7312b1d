package dev.kairos.solver.sla;

/** What a reopened ticket's resolution clock does: carry on from where it stopped, or start over. */
public enum Reopen
{
    RESUME, RESTART
}
