package org.wirewise.lesson.dns;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.dns.DnsResolutionSimulator;
import org.wirewise.model.dns.DnsScenario;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Recursive resolution through root, TLD and authoritative servers, and the caches that make it cheap. */
public final class DnsResolutionLesson extends TranslatedLesson<DnsScenario> {

    /** The record types a lookup may ask for (OPT is a pseudo-record). */
    public static final List<String> TYPES = List.of("A", "AAAA", "CNAME", "NS", "MX", "TXT", "SOA");

    private static final String TEXTS = "org.wirewise.model.dns.dns-resolution";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<DnsScenario> STRUCTURE = new ScenarioSchema<>(DnsScenario.class,
            DnsScenario.DEFAULTS, List.of(
            ParameterSpec.text("name", "", 253, ""),
            ParameterSpec.choice("type", "", TYPES, ""),
            ParameterSpec.choice("cache", "", List.of("cold", "warm"), ""),
            ParameterSpec.decimal("resolverRttMs", "", "ms", 0.2, 50, ""),
            ParameterSpec.decimal("serverRttMs", "", "ms", 5, 400, ""),
            ParameterSpec.integer("ednsSize", "", "bytes", 0, 4096, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public DnsResolutionLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return DnsResolutionSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.DNS;
    }

    @Override
    public Trace simulate(DnsScenario scenario) {
        return DnsResolutionSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(DnsScenario scenario, Progress progress, Locale language) {
        return DnsResolutionSimulator.simulate(scenario, language);
    }
}
