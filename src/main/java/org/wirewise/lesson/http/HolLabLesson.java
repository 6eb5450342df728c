package org.wirewise.lesson.http;

import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.http.hol.HolLabSimulator;
import org.wirewise.model.http.hol.HolSetup;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioSchema;

/** The head-of-line lab: one page over HTTP/1.1, HTTP/2 and HTTP/3, then one lost packet and what it holds up in each. */
public final class HolLabLesson implements Lesson<HolSetup> {

    private static final ScenarioSchema<HolSetup> SCHEMA = new ScenarioSchema<>(HolSetup.class, HolSetup.DEFAULTS,
            HolParameters.ALL);

    @Override
    public String id() {
        return HolLabSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "Head-of-line lab";
    }

    @Override
    public Chapter chapter() {
        return Chapter.HTTP;
    }

    @Override
    public String summary() {
        return "The same page over HTTP/1.1, HTTP/2 and HTTP/3 as waterfalls, then one lost packet: TCP holds every HTTP/2 "
                + "stream until the retransmission, QUIC only the stream whose bytes were lost.";
    }

    @Override
    public ScenarioSchema<HolSetup> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(HolSetup scenario) {
        return HolLabSimulator.simulate(scenario);
    }
}
