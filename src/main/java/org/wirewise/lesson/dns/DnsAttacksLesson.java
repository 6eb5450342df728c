package org.wirewise.lesson.dns;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.dns.AttacksScenario;
import org.wirewise.model.dns.AttacksSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/**
 * DNS attacks in three parts: cache poisoning raced on the network (its odds with a fixed and a random
 * port, the bailiwick check), reflection and amplification with response rate limiting, and tunneling.
 */
public final class DnsAttacksLesson implements Lesson<AttacksScenario> {

    public static final ScenarioSchema<AttacksScenario> SCHEMA = new ScenarioSchema<>(AttacksScenario.class,
            AttacksScenario.DEFAULTS, List.of(
            ParameterSpec.choice("part", "Attack", List.of("poisoning", "amplification", "tunneling"),
                    "Which attack the lesson shows: cache poisoning, reflection and amplification, or tunneling."),
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
                    "Seeds the resolver's IDs and ports and the attacker's guesses; run k uses seed + k."),
            ParameterSpec.choice("floodType", "Flood question", List.of("A", "TXT", "ANY"),
                    "Amplification: the record type the attacker's spoofed queries ask for."),
            ParameterSpec.integer("attackRate", "Attack rate", "queries/s", 1, 2000,
                    "Amplification: spoofed queries per second, for each of the two floods."),
            ParameterSpec.integer("rateLimit", "Rate limit", "responses/s", 1, 1000,
                    "Amplification: identical answers per second per client /24 once rate limiting is on "
                            + "(BIND's responses-per-second)."),
            ParameterSpec.integer("slip", "Slip", "", 0, 10,
                    "Amplification: every slip-th limited answer goes out truncated, the rest are dropped (0: all "
                            + "dropped; BIND's default is 2)."),
            ParameterSpec.integer("fileBytes", "File size", "bytes", 1, 16384,
                    "Tunneling: the size of the file carried out in query names.")));

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
        return "Cache poisoning (forged answers racing the real one, the odds measured, the bailiwick check); "
                + "amplification (spoofed queries, the factor measured, response rate limiting); tunneling.";
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
