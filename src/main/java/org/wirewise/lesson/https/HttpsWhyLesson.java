package org.wirewise.lesson.https;

import java.util.List;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.https.HttpsWhyScenario;
import org.wirewise.model.https.HttpsWhySimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The same HTTP request without and with TLS through a router that reads and rewrites. */
public final class HttpsWhyLesson implements Lesson<HttpsWhyScenario> {

    private static final ScenarioSchema<HttpsWhyScenario> SCHEMA = new ScenarioSchema<>(HttpsWhyScenario.class,
            HttpsWhyScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "Round-trip time", "ms", 1, 1000,
                    "Round-trip time between client and server; the router sits halfway."),
            ParameterSpec.integer("seed", "Seed", "", 0, Long.MAX_VALUE,
                    "Seeds every random byte: ports, sequence numbers, the session cookie, the TLS keys and certificates."),
            ParameterSpec.bool("tamper", "Router rewrites a byte",
                    "On: the router changes one digit of the account number in each response. Off: it only reads.")));

    @Override
    public String id() {
        return HttpsWhySimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Why HTTPS";
    }

    @Override
    public Chapter chapter() {
        return Chapter.SECURITY;
    }

    @Override
    public String summary() {
        return "One HTTP request over plain HTTP and over TLS 1.3 through a router that reads and rewrites: the altered "
                + "page goes unnoticed in the clear, while inside TLS one changed byte fails the record's tag.";
    }

    @Override
    public ScenarioSchema<HttpsWhyScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(HttpsWhyScenario scenario) {
        return HttpsWhySimulator.simulate(scenario);
    }
}
