package org.wirewise.lesson.dns;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.dns.DnsTransport;
import org.wirewise.model.dns.EncryptedDnsScenario;
import org.wirewise.model.dns.EncryptedDnsSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same DNS questions as plain UDP, DNS over TLS and DNS over HTTPS: what an observer reads, what each costs. */
public final class EncryptedDnsLesson extends TranslatedLesson<EncryptedDnsScenario> {

    /** How {@code wirewise dns resolve --transport} names a transport: udp, dot or doh (command-line words, English). */
    public static final ParameterSpec TRANSPORT = ParameterSpec.choice("transport", "Transport",
            Arrays.stream(DnsTransport.values()).map(DnsTransport::id).toList(),
            "udp: plain DNS to port 53; dot: DNS over TLS to port 853; doh: DNS over HTTPS (HTTP/2) to port 443.");

    private static final String TEXTS = "org.wirewise.model.dns.encrypted-dns";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<EncryptedDnsScenario> STRUCTURE = new ScenarioSchema<>(
            EncryptedDnsScenario.class, EncryptedDnsScenario.DEFAULTS, List.of(
            ParameterSpec.text("name", "", 253, ""),
            ParameterSpec.text("second", "", 253, ""),
            ParameterSpec.choice("type", "", DnsResolutionLesson.TYPES, ""),
            ParameterSpec.decimal("resolverRttMs", "", "ms", 0.2, 300, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public EncryptedDnsLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return EncryptedDnsSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.DNS;
    }

    @Override
    public Trace simulate(EncryptedDnsScenario scenario) {
        return EncryptedDnsSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(EncryptedDnsScenario scenario, Progress progress, Locale language) {
        return EncryptedDnsSimulator.simulate(scenario, language);
    }
}
