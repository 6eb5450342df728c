package org.wirewise.cli.congestion;

import picocli.CommandLine.Command;

/** {@code wirewise simulate ...}: simulations that print numbers rather than a lesson's steps. */
@Command(name = "simulate", mixinStandardHelpOptions = true, subcommands = CongestionCommand.class,
        description = "Run a simulation and print its time series and summary.")
public final class SimulateCommand {
}
