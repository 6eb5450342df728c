package org.wirewise.lesson.dns;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.dns.sec.DnssecScenario;
import org.wirewise.model.dns.sec.DnssecSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The DNSSEC chain of trust, validated link by link from the root's trust anchor, and what breaks it. */
public final class DnssecLesson implements Lesson<DnssecScenario> {

    public static final ScenarioSchema<DnssecScenario> SCHEMA = new ScenarioSchema<>(DnssecScenario.class,
            DnssecScenario.DEFAULTS, List.of(
            ParameterSpec.text("name", "Name", 253,
                    "The name the laptop looks up (example.com's zone has www, shop, mail, ns1 and its apex; any other "
                            + "name there does not exist and is proven absent)."),
            ParameterSpec.choice("type", "Record type", DnsResolutionLesson.TYPES, "The record type it asks for."),
            ParameterSpec.choice("fault", "What breaks", List.of("none", "bad-signature", "expired-signature",
                            "ds-mismatch"),
                    "None, a flipped bit in the answer's signature, an answer signature that expired, or a DS in com. "
                            + "for a key example.com. no longer has."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds the zones' keys, query IDs and source ports.")));

    @Override
    public String id() {
        return DnssecSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "DNSSEC";
    }

    @Override
    public Chapter chapter() {
        return Chapter.DNS;
    }

    @Override
    public String summary() {
        return "A validating resolver checks the answer from the root's trust anchor down: DNSKEY, DS and RRSIG, "
                + "link by link, and answers SERVFAIL when a signature is bad or expired or a DS does not match.";
    }

    @Override
    public ScenarioSchema<DnssecScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(DnssecScenario scenario) {
        return DnssecSimulator.simulate(scenario);
    }
}
