package dev.kairos.solver.command;

import dev.kairos.solver.sla.PolicySpec;

/**
 * Create or replace an SLA policy. It applies to tickets opened afterwards; with {@code reapply},
 * open tickets that have this policy take the new version too (their clocks keep running).
 */
public record PutSlaPolicy(long at, String policyId, PolicySpec spec, boolean reapply) implements Command
{
}
