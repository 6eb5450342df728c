package org.wirewise.lesson.dns;

import java.util.Arrays;
import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.dns.DnsTransport;
import org.wirewise.model.dns.EncryptedDnsScenario;
import org.wirewise.model.dns.EncryptedDnsSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same DNS questions as plain UDP, DNS over TLS and DNS over HTTPS: what an observer reads, what each costs. */
public final class EncryptedDnsLesson implements Lesson<EncryptedDnsScenario> {

    /** How {@code wirewise dns resolve --transport} names a transport: udp, dot or doh. */
    public static final ParameterSpec TRANSPORT = ParameterSpec.choice("transport", "Transport",
            Arrays.stream(DnsTransport.values()).map(DnsTransport::id).toList(),
            "udp: plain DNS to port 53; dot: DNS over TLS to port 853; doh: DNS over HTTPS (HTTP/2) to port 443.");

    public static final ScenarioSchema<EncryptedDnsScenario> SCHEMA = new ScenarioSchema<>(EncryptedDnsScenario.class,
            EncryptedDnsScenario.DEFAULTS, List.of(
            ParameterSpec.text("name", "First name", 253,
                    "The first name the laptop asks for over each transport (example.com's zone has www, shop, mail, "
                            + "ns1 and its apex)."),
            ParameterSpec.text("second", "Second name", 253,
                    "The second name, asked once the first is answered: on the open connection for DoT and DoH."),
            ParameterSpec.choice("type", "Record type", DnsResolutionLesson.TYPES, "The record type of both questions."),
            ParameterSpec.decimal("resolverRttMs", "RTT to the resolver", "ms", 0.2, 300,
                    "Round trip from the laptop to the resolver (about 20 ms to a public resolver nearby)."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds query IDs, ports, TCP sequence numbers and the TLS keys.")));

    @Override
    public String id() {
        return EncryptedDnsSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Encrypted DNS";
    }

    @Override
    public Chapter chapter() {
        return Chapter.DNS;
    }

    @Override
    public String summary() {
        return "The same questions as plain DNS over UDP, DNS over TLS and DNS over HTTPS: what someone on the path "
                + "reads in each, the round trips each adds, and where each is used.";
    }

    @Override
    public ScenarioSchema<EncryptedDnsScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(EncryptedDnsScenario scenario) {
        return EncryptedDnsSimulator.simulate(scenario);
    }
}
