package org.wirewise.cli.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.cli.congestion.Units;
import org.wirewise.lesson.http.HolParameters;
import org.wirewise.model.http.RequestTiming;
import org.wirewise.model.http.hol.HolComparison;
import org.wirewise.model.http.hol.HolPage;
import org.wirewise.model.http.hol.HolSetup;
import org.wirewise.scenario.Excerpt;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewise http compare --rtt 100ms --loss 1% --assets 30}: the head-of-line lab's page over
 * HTTP/1.1, HTTP/2 and HTTP/3 on one seed (page load times, each request's completion and stall), or
 * with {@code --seeds N} the page load times' median and 95th percentile over N seeds.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Load the same page over HTTP/1.1 (6 connections), HTTP/2 (one TCP connection, TLS) and HTTP/3 "
                + "(QUIC) on copies of one network and print the page load times and each request's stall.")
public final class CompareCommand implements Callable<Integer> {

    static final int MAX_SEEDS = 1000;

    @Option(names = "--rtt", paramLabel = "TIME", description = "Round-trip time with its unit (default: ${DEFAULT-VALUE}).")
    String rtt = "100ms";

    @Option(names = "--bandwidth", paramLabel = "RATE", description = "The cable's rate each way (default: ${DEFAULT-VALUE}).")
    String bandwidth = "20mbit";

    @Option(names = "--loss", paramLabel = "P", description = "Random loss per packet, either way: 1% or 0.01 "
            + "(default: ${DEFAULT-VALUE}).")
    String loss = "0%";

    @Option(names = "--lose-packet", paramLabel = "N", description = "Lose the N-th response packet the server sends "
            + "after the assets were requested; 0 loses none (default: ${DEFAULT-VALUE}).")
    String losePacket = "0";

    @Option(names = "--assets", paramLabel = "N", description = "Assets the HTML names (default: ${DEFAULT-VALUE}).")
    String assets = "30";

    @Option(names = "--seed", paramLabel = "S", description = "Seed, or the first of --seeds (default: ${DEFAULT-VALUE}).")
    String seed = "1";

    @Option(names = "--seeds", paramLabel = "N", description = "Run seeds S..S+N-1 and print the distribution of page "
            + "load times (default: one seed, with every request).")
    Integer seeds;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException("--format: expected text or json, got " + Excerpt.quoted(format));
        }
        if (seeds != null && (seeds < 1 || seeds > MAX_SEEDS)) {
            throw new CliException("--seeds: expected a whole number from 1 to " + MAX_SEEDS + ", got " + seeds);
        }
        HolSetup s = setup();
        PrintWriter out = spec.commandLine().getOut();
        if (seeds != null) {
            long started = System.nanoTime(); // the command's own running time, printed; the model never reads a clock
            List<HolComparison.Distribution> d = HolComparison.overSeeds(s, seeds, true);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (format.equals("json")) {
                CompareJson.distribution(s, seeds, d, seconds, out);
            } else {
                CompareText.distribution(s, seeds, d, seconds, out);
            }
        } else {
            List<HolComparison.Measured> m = HolComparison.compare(s);
            HolPage page = new HolPage(s.assets(), s.seed());
            if (format.equals("json")) {
                CompareJson.single(s, page, m, out);
            } else {
                CompareText.single(s, page, m, out);
            }
        }
        out.flush();
        return 0;
    }

    private HolSetup setup() throws CliException {
        double rttMs = Units.duration("--rtt", rtt, false) / 1e6;
        double mbps = Units.bandwidth(bandwidth) / 1e6;
        String l = loss.strip();
        double percent = l.endsWith("%") ? number("--loss", HolParameters.LOSS, l.substring(0, l.length() - 1))
                : number("--loss", HolParameters.LOSS, l) * 100;
        return new HolSetup(checked("--rtt", HolParameters.RTT, rttMs), checked("--bandwidth", HolParameters.BANDWIDTH, mbps),
                checked("--loss", HolParameters.LOSS, percent),
                (int) number("--lose-packet", HolParameters.LOSE_PACKET, losePacket),
                (int) number("--assets", HolParameters.ASSETS, assets), (long) number("--seed", HolParameters.SEED, seed));
    }

    /** Text through the spec's own parser; the message names the option rather than the spec's key. */
    private static double number(String option, ParameterSpec p, String text) throws CliException {
        try {
            return ((Number) p.parse(text)).doubleValue();
        } catch (ScenarioException e) {
            throw renamed(option, p, e);
        }
    }

    private static double checked(String option, ParameterSpec p, double value) throws CliException {
        try {
            return ((Number) p.check(BigDecimal.valueOf(value))).doubleValue();
        } catch (ScenarioException e) {
            throw renamed(option, p, e);
        }
    }

    private static CliException renamed(String option, ParameterSpec p, ScenarioException e) {
        String m = e.getMessage();
        return new CliException(option + (m.startsWith(p.key()) ? m.substring(p.key().length()) : ": " + m));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static long bytes(HolPage page) {
        long sum = 0;
        for (int i = 0; i < page.requests(); i++) {
            sum += page.size(HolPage.target(i));
        }
        return sum;
    }

    static String describe(HolSetup s) {
        return String.format(Locale.ROOT, "%.1f ms RTT, %.1f Mbit/s, random loss %.2f %%, %s, seed %d", s.rttMs(),
                s.bandwidthMbps(), s.lossPercent(), s.losePacket() == 0 ? "no chosen loss"
                        : "response packet " + s.losePacket() + " after the assets' requests lost", s.seed());
    }

    /** JSON printing, apart so the command stays about options. */
    static final class CompareJson {
        private CompareJson() {
        }

        static void single(HolSetup s, HolPage page, List<HolComparison.Measured> measured, PrintWriter out) throws Exception {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = setup(mapper, s);
            ArrayNode protocols = root.putArray("protocols");
            for (HolComparison.Measured m : measured) {
                ObjectNode p = protocols.addObject().put("protocol", m.protocol().label())
                        .put("complete", m.run().complete()).put("pageLoadMs", ms(m.run().pageLoad()))
                        .put("lossFreePageLoadMs", ms(m.lossFree().pageLoad()));
                m.run().lost().ifPresent(l -> p.putObject("lostPacket").put("sentMs", ms(l.sentAt()))
                        .put("repairedMs", ms(l.repairedAt())));
                ArrayNode held = p.putArray("heldUp");
                m.run().heldUp().stream().sorted().forEach(held::add);
                ArrayNode requests = p.putArray("requests");
                long[] stalls = m.stalls();
                for (RequestTiming t : m.run().timings()) {
                    requests.addObject().put("target", t.target()).put("bytes", page.size(t.target()))
                            .put("sentMs", ms(t.sentAt())).put("firstByteMs", ms(t.firstByteAt()))
                            .put("completeMs", ms(t.completeAt())).put("stallMs", ms(stalls[t.index()]))
                            .put("connection", t.connection());
                }
            }
            write(mapper, root, out);
        }

        static void distribution(HolSetup s, int seeds, List<HolComparison.Distribution> d, double seconds, PrintWriter out)
                throws Exception {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = setup(mapper, s).put("seeds", seeds).put("tookSeconds", seconds);
            ArrayNode protocols = root.putArray("pageLoad");
            for (HolComparison.Distribution x : d) {
                protocols.addObject().put("protocol", x.protocol().label()).put("medianMs", ms(x.median()))
                        .put("p95Ms", ms(x.p95())).put("minMs", ms(x.min())).put("maxMs", ms(x.max()))
                        .put("incomplete", x.incomplete());
            }
            write(mapper, root, out);
        }

        private static ObjectNode setup(ObjectMapper mapper, HolSetup s) {
            return mapper.createObjectNode().put("rttMs", s.rttMs()).put("bandwidthMbps", s.bandwidthMbps())
                    .put("lossPercent", s.lossPercent()).put("losePacket", s.losePacket()).put("assets", s.assets())
                    .put("seed", s.seed());
        }

        private static void write(ObjectMapper mapper, ObjectNode root, PrintWriter out) throws Exception {
            mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).withDefaultPrettyPrinter().writeValue(out, root);
            out.println();
        }
    }
}
