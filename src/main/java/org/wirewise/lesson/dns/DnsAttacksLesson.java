package org.wirewise.lesson.dns;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.dns.AttacksScenario;
import org.wirewise.model.dns.AttacksSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/**
 * DNS attacks in three parts: cache poisoning raced on the network (its odds with a fixed and a random
 * port, the bailiwick check), reflection and amplification with response rate limiting, and tunneling.
 */
public final class DnsAttacksLesson extends TranslatedLesson<AttacksScenario> {

    private static final String TEXTS = "org.wirewise.model.dns.dns-attacks";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<AttacksScenario> STRUCTURE = new ScenarioSchema<>(AttacksScenario.class,
            AttacksScenario.DEFAULTS, List.of(
            ParameterSpec.choice("part", "", List.of("poisoning", "amplification", "tunneling"), ""),
            ParameterSpec.integer("spoofs", "", "per query", 1, 65536, ""),
            ParameterSpec.bool("randomPort", "", ""),
            ParameterSpec.bool("bailiwick", "", ""),
            ParameterSpec.integer("queries", "", "", 1, 64, ""),
            ParameterSpec.integer("runs", "", "", 1, 20, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, ""),
            ParameterSpec.choice("floodType", "", List.of("A", "TXT", "ANY"), ""),
            ParameterSpec.integer("attackRate", "", "queries/s", 1, 2000, ""),
            ParameterSpec.integer("rateLimit", "", "responses/s", 1, 1000, ""),
            ParameterSpec.integer("slip", "", "", 0, 10, ""),
            ParameterSpec.integer("fileBytes", "", "bytes", 1, 16384, "")));

    public DnsAttacksLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return AttacksSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.DNS;
    }

    @Override
    public Trace simulate(AttacksScenario scenario) {
        return AttacksSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(AttacksScenario scenario, Progress progress, Locale language) {
        return AttacksSimulator.simulate(scenario, language);
    }
}
