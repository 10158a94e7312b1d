package dev.kairos.solver.domain;

/** What an API key may do. */
public enum Role
{
    ADMIN, DISPATCHER, INTEGRATION, ENGINEER, READ_ONLY
}
