package dev.kairos.solver.command;

/** Remove an SLA policy; tickets that have it keep it. Built-in policies cannot be removed. */
public record DeleteSlaPolicy(long at, String policyId) implements Command
{
}
