package dev.kairos.solver.domain;

/** What an engineer is doing now. */
public enum EngineerStatus
{
    OFF_SHIFT, AVAILABLE, EN_ROUTE, ON_SITE, ON_BREAK
}
