package org.wirewise.cli.dns;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.model.dns.PoisoningRace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewise dns poison --attempts N --randomize-port on|off}: the cache-poisoning race run
 * {@code --runs} times, one seed per run, and the measured share of runs poisoned by each query
 * count beside what the odds say.
 */
@Command(name = "poison", mixinStandardHelpOptions = true,
        description = "Race forged answers against a resolver's real one (Kaminsky-style: a fresh name per "
                + "query) and print the measured success rate against the number of queries.")
public final class PoisonCommand implements Callable<Integer> {

    /** Forged packets the command will simulate without complaint (about a minute). */
    static final long MAX_FORGED = 20_000_000;

    @Option(names = "--attempts", paramLabel = "N", description = "Queries the attacker triggers per run "
            + "(default: ${DEFAULT-VALUE}).")
    int attempts = 100;

    @Option(names = "--randomize-port", paramLabel = "on|off", description = "Whether the resolver picks a random "
            + "source port per query (default: ${DEFAULT-VALUE}).")
    String randomizePort = "on";

    @Option(names = "--spoofs", paramLabel = "K", description = "Forged answers per query, each a different ID "
            + "(default: ${DEFAULT-VALUE}).")
    int spoofs = 1000;

    @Option(names = "--runs", paramLabel = "R", description = "Independent runs, seeds S, S+1, ... "
            + "(default: ${DEFAULT-VALUE}).")
    int runs = 10;

    @Option(names = "--seed", paramLabel = "S", description = "The first run's seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliException {
        boolean random = switch (randomizePort.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new CliException("--randomize-port: expected on or off, got \"" + randomizePort + "\"");
        };
        if (attempts < 1 || attempts > 100_000) {
            throw new CliException("--attempts: expected 1 to 100000 queries, got " + attempts);
        }
        if (spoofs < 1 || spoofs > 65_536) {
            throw new CliException("--spoofs: expected 1 to 65536 forged answers per query, got " + spoofs);
        }
        if (runs < 1 || runs > 1000) {
            throw new CliException("--runs: expected 1 to 1000, got " + runs);
        }
        if ((long) runs * attempts * spoofs > MAX_FORGED) {
            throw new CliException("runs × attempts × spoofs may be at most " + MAX_FORGED + " forged packets, got "
                    + (long) runs * attempts * spoofs + "; lower --runs, --attempts or --spoofs");
        }
        PoisoningRace.Result r = PoisoningRace.run(runs, attempts, spoofs, random, seed);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "resolver source port: %s; %d forged answers per query; %d runs (seeds %d..%d)%n",
                random ? "random (" + PoisoningRace.PORTS + " ports)" : "fixed", spoofs, runs, seed, seed + runs - 1);
        out.printf(Locale.ROOT, "%10s %10s %10s%n", "queries", "measured", "expected");
        for (int i = 1; i <= 10; i++) {
            int q = Math.max(1, (int) Math.round(attempts * i / 10.0));
            if (i > 1 && q == Math.max(1, (int) Math.round(attempts * (i - 1) / 10.0))) {
                continue;
            }
            out.printf(Locale.ROOT, "%10d %9.1f%% %9.4f%%%n", q, 100 * r.successRate(q), 100 * r.expectedRate(q));
        }
        out.printf(Locale.ROOT, "poisoned: %d of %d runs; %d forged packets sent%n",
                r.successAt().stream().filter(a -> a > 0).count(), runs, r.forged());
        out.flush();
        return 0;
    }
}
