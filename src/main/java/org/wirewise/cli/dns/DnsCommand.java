package org.wirewise.cli.dns;

import picocli.CommandLine.Command;

/** {@code wirewise dns ...}: the DNS lessons' simulations as text. */
@Command(name = "dns", mixinStandardHelpOptions = true, subcommands = {ResolveCommand.class, PoisonCommand.class},
        description = "Run the DNS lessons' simulations and print what crossed the network.")
public final class DnsCommand {
}
