package org.wirewise.lesson.dns;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.dns.AttacksScenario;
import org.wirewise.model.dns.AttacksSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Cache poisoning raced on the network, its odds with a fixed and a random port, and the bailiwick check. */
public final class DnsAttacksLesson implements Lesson<AttacksScenario> {

    public static final ScenarioSchema<AttacksScenario> SCHEMA = new ScenarioSchema<>(AttacksScenario.class,
            AttacksScenario.DEFAULTS, List.of(
            ParameterSpec.integer("spoofs", "Forged answers", "per query", 1, 65536,
                    "How many forged answers, each with another guessed ID, the attacker sends per query."),
            ParameterSpec.bool("randomPort", "Random source port",
                    "On: the resolver asks from a fresh random port per query (RFC 5452 §9.2). Off: one fixed port."),
            ParameterSpec.bool("bailiwick", "Bailiwick check",
                    "On: the resolver drops records outside the zone of the server that sent them (RFC 5452 §6)."),
            ParameterSpec.integer("queries", "Queries per run", "", 1, 64,
                    "How many queries each measured run may trigger."),
            ParameterSpec.integer("runs", "Runs", "", 1, 20, "Measured runs per port mode, one seed each."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the resolver's IDs and ports and the attacker's guesses; run k uses seed + k.")));

    @Override
    public String id() {
        return AttacksSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "DNS attacks";
    }

    @Override
    public Chapter chapter() {
        return Chapter.DNS;
    }

    @Override
    public String summary() {
        return "An off-path attacker races forged answers against the real one: the odds with a fixed and a random "
                + "source port, measured over many runs, and the bailiwick check.";
    }

    @Override
    public ScenarioSchema<AttacksScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(AttacksScenario scenario) {
        return AttacksSimulator.simulate(scenario);
    }
}
