package dev.kairos.gateway;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kairos} command line; {@code ./kairos} runs this for the server's subcommands. */
@Command(
    name = "kairos",
    mixinStandardHelpOptions = true,
    version = "Kairos 0.1.0",
    description = "Real-time dispatch and SLA engine for field service.",
    subcommands = {ServeCommand.class, DemoCommand.class, SolveCommand.class, ReplayCommand.class, SimulateCommand.class})
public final class Main
{
    public static void main(final String[] args)
    {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
