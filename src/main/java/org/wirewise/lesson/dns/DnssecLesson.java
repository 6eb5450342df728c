package org.wirewise.lesson.dns;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.dns.sec.DnssecScenario;
import org.wirewise.model.dns.sec.DnssecSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The DNSSEC chain of trust, validated link by link from the root's trust anchor, and what breaks it. */
public final class DnssecLesson extends TranslatedLesson<DnssecScenario> {

    private static final String TEXTS = "org.wirewise.model.dns.sec.dnssec";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<DnssecScenario> STRUCTURE = new ScenarioSchema<>(DnssecScenario.class,
            DnssecScenario.DEFAULTS, List.of(
            ParameterSpec.text("name", "", 253, ""),
            ParameterSpec.choice("type", "", DnsResolutionLesson.TYPES, ""),
            ParameterSpec.choice("fault", "", List.of("none", "bad-signature", "expired-signature", "ds-mismatch"), ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "")));

    public DnssecLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return DnssecSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.DNS;
    }

    @Override
    public Trace simulate(DnssecScenario scenario) {
        return DnssecSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(DnssecScenario scenario, Progress progress, Locale language) {
        return DnssecSimulator.simulate(scenario, language);
    }
}
