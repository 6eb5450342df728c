package org.wirewise.cli.latency;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.model.latency.CityTable;
import org.wirewise.model.latency.Geostationary;
import org.wirewise.model.latency.LatencyMapExplainer;
import org.wirewise.model.latency.LatencyMapScenario;
import org.wirewise.model.latency.PathLatency;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewise latency --from "New York" --to London [--format json]}: the latency map's numbers
 * without a window, from the lesson's own run (its last step's table), so both print the same.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "Print the great-circle distance between two cities, light in fibre, the minimum and typical "
                + "round trips, an HTTPS request on a new and a reused connection, and a geostationary hop.")
public final class LatencyCommand implements Callable<Integer> {

    /** Names offered when a city is not known. */
    private static final int SUGGESTIONS = 3;

    @Option(names = "--from", required = true, paramLabel = "CITY", description = "The first city, as the lesson names it (\"New York\"); case and accents do not matter.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "CITY", description = "The second city.")
    String to;

    @Option(names = "--route-factor", paramLabel = "X",
            description = "Typical round trip as a multiple of the minimum, 1 to 4 (default: ${DEFAULT-VALUE}).")
    double routeFactor = LatencyMapScenario.DEFAULTS.routeFactor();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String fromName = city("--from", from);
        String toName = city("--to", to);
        if (!(routeFactor >= 1 && routeFactor <= 4)) {
            throw new CliException("--route-factor: expected a number from 1 to 4, got " + routeFactor);
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException("--format: expected text or json, got " + org.wirewise.scenario.Excerpt.quoted(format));
        }
        LatencyMapScenario scenario = new LatencyMapScenario(fromName, toName, routeFactor);
        Trace trace = LatencyMapExplainer.explain(scenario);
        Table numbers = trace.steps().get(trace.steps().size() - 1).snapshot().table(LatencyMapExplainer.NUMBERS)
                .orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            json(LatencyMapExplainer.path(scenario), numbers, out);
        } else {
            out.println(fromName + " → " + toName);
            for (Table.Row row : numbers.rows()) {
                out.printf("%-34s %s%n", row.cells().get(0), row.cells().get(1));
            }
        }
        out.flush();
        return 0;
    }

    private static String city(String option, String typed) throws CliException {
        return CityTable.STANDARD.find(typed).map(c -> c.name()).orElseThrow(() -> new CliException(option
                + ": no city called " + org.wirewise.scenario.Excerpt.quoted(typed) + "; closest: "
                + String.join(", ", CityTable.STANDARD.closest(typed, SUGGESTIONS))
                + " (all: " + String.join(", ", CityTable.STANDARD.names()) + ")"));
    }

    private static void json(PathLatency p, Table numbers, PrintWriter out) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Geostationary g = p.satellite();
        ObjectNode root = mapper.createObjectNode()
                .put("from", p.from().name())
                .put("to", p.to().name())
                .put("distanceKm", p.distanceKm())
                .put("fibreOneWayMs", p.oneWayMs())
                .put("minimumRttMs", p.minimumRttMs())
                .put("routeFactor", p.routeFactor())
                .put("typicalRttMs", p.typicalRttMs())
                .put("httpsNewConnectionMs", p.newConnectionMs())
                .put("httpsReusedConnectionMs", p.reusedConnectionMs());
        root.putObject("geostationary")
                .put("oneHop", g.visible())
                .put("rttMs", g.visible() ? g.rttMs() : 2 * g.bestRttMs())
                .put("upKm", g.upKm())
                .put("downKm", g.downKm());
        ObjectNode shown = root.putObject("shown");
        for (Table.Row row : numbers.rows()) {
            shown.put(row.cells().get(0), row.cells().get(1));
        }
        mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).withDefaultPrettyPrinter().writeValue(out, root);
        out.println();
    }
}
