package org.wirewise.cli.http;

import picocli.CommandLine.Command;

/** {@code wirewise http ...}: the HTTP lessons' measurements as text. */
@Command(name = "http", mixinStandardHelpOptions = true, subcommands = {CompareCommand.class},
        description = "Measure HTTP/1.1, HTTP/2 and HTTP/3 on the same simulated network.")
public final class HttpCommand {
}
