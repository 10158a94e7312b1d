package dev.kairos.solver.command;

/** Create or replace an engineer's profile; live location and status survive a replace. */
public record PutEngineer(long at, String engineerId, EngineerSpec spec) implements Command
{
}
