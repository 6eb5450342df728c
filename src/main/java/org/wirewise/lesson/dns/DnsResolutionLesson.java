package org.wirewise.lesson.dns;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.dns.DnsResolutionSimulator;
import org.wirewise.model.dns.DnsScenario;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Recursive resolution through root, TLD and authoritative servers, and the caches that make it cheap. */
public final class DnsResolutionLesson implements Lesson<DnsScenario> {

    /** The record types a lookup may ask for (OPT is a pseudo-record). */
    public static final List<String> TYPES = List.of("A", "AAAA", "CNAME", "NS", "MX", "TXT", "SOA");

    public static final ScenarioSchema<DnsScenario> SCHEMA = new ScenarioSchema<>(DnsScenario.class,
            DnsScenario.DEFAULTS, List.of(
            ParameterSpec.text("name", "Name", 253,
                    "The name the laptop looks up (example.com's zone has www, shop, mail, ns1 and its apex)."),
            ParameterSpec.choice("type", "Record type", TYPES, "The record type it asks for."),
            ParameterSpec.choice("cache", "Resolver cache", List.of("cold", "warm"),
                    "Cold: the resolver knows only the root servers. Warm: it already holds the answer."),
            ParameterSpec.decimal("resolverRttMs", "RTT to the resolver", "ms", 0.2, 50,
                    "Round trip from the laptop and phone to their ISP's recursive resolver."),
            ParameterSpec.decimal("serverRttMs", "RTT to the servers", "ms", 5, 400,
                    "Round trip from the resolver to the root, com. and example.com. servers."),
            ParameterSpec.integer("ednsSize", "EDNS buffer", "bytes", 0, 4096,
                    "The stub's EDNS(0) UDP payload size: 0 sends none (answers over UDP stop at 512 bytes)."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds query IDs, UDP source ports and TCP sequence numbers.")));

    @Override
    public String id() {
        return DnsResolutionSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "DNS resolution";
    }

    @Override
    public Chapter chapter() {
        return Chapter.DNS;
    }

    @Override
    public String summary() {
        return "A stub asks a recursive resolver, which walks root, TLD and authoritative servers; then the browser, "
                + "OS and resolver caches answer, a TTL runs out, a CNAME, a cached NXDOMAIN and a TCP fallback.";
    }

    @Override
    public ScenarioSchema<DnsScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(DnsScenario scenario) {
        return DnsResolutionSimulator.simulate(scenario);
    }
}
