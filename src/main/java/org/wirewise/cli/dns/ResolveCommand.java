package org.wirewise.cli.dns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.lesson.dns.DnsResolutionLesson;
import org.wirewise.lesson.dns.DnssecLesson;
import org.wirewise.lesson.dns.EncryptedDnsLesson;
import org.wirewise.model.dns.DnsTransport;
import org.wirewise.model.dns.EncryptedDnsScenario;
import org.wirewise.model.dns.DnsResolutionSimulator;
import org.wirewise.model.dns.DnsScenario;
import org.wirewise.model.dns.sec.DnssecScenario;
import org.wirewise.model.trace.Measurement;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirewise dns resolve NAME --type A [--cache warm|cold] [--dnssec [--fault F]] [--transport udp|dot|doh]
 * [--format json]}: the
 * dns-resolution lesson's first lookup, every packet with the times it left and arrived, and the measured total
 * (with {@code --dnssec}, the dnssec lesson's validated lookup, its verdict and chain of trust);
 * the options go through the lesson's parameters, so their checks and messages are the lesson's.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve NAME as the dns-resolution lesson does (laptop → resolver → root → com. → "
                + "example.com.) and print each query and answer with its times.")
public final class ResolveCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "NAME", description = "The name to look up, e.g. www.example.com.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "A, AAAA, CNAME, NS, MX, TXT or SOA (default: A).")
    String type = "A";

    @Option(names = "--cache", paramLabel = "STATE", description = "cold or warm: the resolver's cache at the start "
            + "(default: cold; over dot and doh always warm, as in the encrypted-dns lesson).")
    String cache;

    @Option(names = "--transport", paramLabel = "T", description = "udp, dot or doh: plain DNS to port 53, DNS over "
            + "TLS to port 853 or DNS over HTTPS (HTTP/2) to port 443, as the encrypted-dns lesson runs them "
            + "(default: udp).")
    String transport = "udp";

    @Option(names = "--resolver-rtt", paramLabel = "MS", description = "Round trip to the resolver in ms (default: 4).")
    String resolverRtt = "4";

    @Option(names = "--server-rtt", paramLabel = "MS", description = "Round trip from the resolver to the servers in "
            + "ms (default: 60).")
    String serverRtt = "60";

    @Option(names = "--edns", paramLabel = "BYTES", description = "The stub's EDNS(0) buffer; 0 for none "
            + "(default: 0).")
    String edns = "0";

    @Option(names = "--seed", paramLabel = "S", description = "Seeds query IDs and source ports (default: 1).")
    String seed = "1";

    @Option(names = "--dnssec", description = "Validate: the dnssec lesson's resolver checks the chain of trust from "
            + "the root's trust anchor, and the verdict and each link are printed (cold cache, EDNS 1232).")
    boolean dnssec;

    @Option(names = "--fault", paramLabel = "FAULT", description = "With --dnssec: none, bad-signature, "
            + "expired-signature or ds-mismatch (default: none).")
    String fault;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DnsTransport over = transport();
        if (over != DnsTransport.UDP) {
            EncryptedResolvePrinter.print(spec.commandLine().getOut(), encryptedScenario(over), over,
                    format == Format.json);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (dnssec) {
            DnssecPrinter.print(spec.commandLine().getOut(), dnssecScenario(), format == Format.json);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (fault != null) {
            throw new CliException("--fault: only with --dnssec, which validates the answer");
        }
        DnsScenario s = scenario();
        Trace trace = DnsResolutionSimulator.simulate(s);
        Measurement lookup = trace.steps().stream().flatMap(st -> st.snapshot().measurements().stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the lesson measured no lookup"));
        List<TracePacket> packets = trace.packets().stream().filter(p -> p.arrivesAt() <= lookup.to()).toList();
        // the lesson's own words for where the answer came from (its timings table, first lookup)
        String answeredBy = trace.steps().get(trace.steps().size() - 1).snapshot()
                .table(DnsResolutionSimulator.TIMINGS).map(t -> t.rows().get(0).cells().get(3)).orElse("");
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode().put("name", s.name()).put("type", s.type().name())
                    .put("cache", cache().toLowerCase(Locale.ROOT)).put("totalMs", ms(lookup.duration())).put("answeredBy", answeredBy);
            PacketRows.json(root.putArray("packets"), packets, 0);
            out.println(mapper.writeValueAsString(root));
        } else {
            PacketRows.text(out, packets, 0);
            out.printf(Locale.ROOT, "answered after %.3f ms (%s)%n", ms(lookup.duration()), answeredBy);
        }
        out.flush();
        return 0;
    }

    /** The options through the lesson's schema: the same checks and words as its parameter panel. */
    private DnsScenario scenario() throws CliException {
        return through(new DnsResolutionLesson().schema(), new String[][] {{"name", name, "NAME"}, {"type", type, "--type"},
                {"cache", cache(), "--cache"}, {"resolverRttMs", resolverRtt, "--resolver-rtt"},
                {"serverRttMs", serverRtt, "--server-rtt"}, {"ednsSize", edns, "--edns"}, {"seed", seed, "--seed"}});
    }

    /** Each {parameter, value, option} through {@code schema}; a refusal names the option, not the parameter. */
    private static <T extends Record> T through(org.wirewise.scenario.ScenarioSchema<T> schema, String[][] given)
            throws CliException {
        T s = schema.defaults();
        for (String[] g : given) {
            try {
                s = schema.with(s, g[0], g[1]);
            } catch (ScenarioException e) {
                String message = e.getMessage();
                throw new CliException(g[2] + ": " + (message.startsWith(g[0] + ": ")
                        ? message.substring(g[0].length() + 2) : message));
            }
        }
        return s;
    }

    /** The --dnssec options through the dnssec lesson's schema; what that lookup does not vary is refused. */
    private DnssecScenario dnssecScenario() throws CliException {
        if (!cache().equalsIgnoreCase("cold") || !edns.equals("0") || !resolverRtt.equals("4") || !serverRtt.equals("60")) {
            throw new CliException("--dnssec: the validated lookup starts cold, with EDNS 1232 and RTTs of 4 and 60 ms; "
                    + "leave out --cache, --edns, --resolver-rtt and --server-rtt");
        }
        return through(new DnssecLesson().schema(), new String[][] {{"name", name, "NAME"}, {"type", type, "--type"},
                {"fault", fault == null ? "none" : fault, "--fault"}, {"seed", seed, "--seed"}});
    }

    private String cache() {
        return cache == null ? "cold" : cache;
    }

    /** --transport through the encrypted-dns lesson's spec: its check and its words. */
    private DnsTransport transport() throws CliException {
        try {
            Object id = EncryptedDnsLesson.TRANSPORT.parse(transport);
            return java.util.Arrays.stream(DnsTransport.values()).filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow();
        } catch (ScenarioException e) {
            String message = e.getMessage();
            String key = EncryptedDnsLesson.TRANSPORT.key() + ": ";
            throw new CliException("--transport: " + (message.startsWith(key) ? message.substring(key.length())
                    : message));
        }
    }

    /** The options over DoT or DoH through the encrypted-dns lesson's schema; what that run does not vary is refused. */
    private EncryptedDnsScenario encryptedScenario(DnsTransport t) throws CliException {
        if (dnssec || fault != null || cache != null || !edns.equals("0") || !serverRtt.equals("60")) {
            throw new CliException("--transport " + t.id() + ": the resolver answers from a warm cache and the stub "
                    + "sends no EDNS, as in the encrypted-dns lesson; leave out --dnssec, --fault, --cache, --edns and "
                    + "--server-rtt (NAME, --type, --resolver-rtt, --seed and --format apply)");
        }
        return through(new EncryptedDnsLesson().schema(), new String[][] {{"name", name, "NAME"}, {"type", type, "--type"},
                {"resolverRttMs", resolverRtt, "--resolver-rtt"}, {"seed", seed, "--seed"}});
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
