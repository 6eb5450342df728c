package org.wirewise.lesson.tcp;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.sim.Progress;
import org.wirewise.lesson.Chapter;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The TCP three-way handshake, from listen() to the first data byte. */
public final class TcpHandshakeLesson extends TranslatedLesson<HandshakeScenario> {

    private static final String TEXTS = "org.wirewise.model.tcp.tcp-handshake";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<HandshakeScenario> STRUCTURE = new ScenarioSchema<>(HandshakeScenario.class,
            HandshakeScenario.DEFAULTS, List.of(
            ParameterSpec.decimal("rttMs", "", "ms", 0.1, 10_000, ""),
            ParameterSpec.decimal("bandwidthMbps", "", "Mb/s", 0.01, 100_000, ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, ""),
            ParameterSpec.integer("mss", "", "bytes", 88, 65495, ""),
            ParameterSpec.bool("windowScaling", "", ""),
            ParameterSpec.integer("windowShift", "", "", 0, 14, ""),
            ParameterSpec.bool("sack", "", ""),
            ParameterSpec.bool("timestamps", "", "")));

    public TcpHandshakeLesson() {
        super(TEXTS, STRUCTURE);
    }

    @Override
    public String id() {
        return HandshakeSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.TCP;
    }

    @Override
    public Trace simulate(HandshakeScenario scenario) {
        return HandshakeSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(HandshakeScenario scenario, Progress progress, Locale language) {
        return HandshakeSimulator.simulate(scenario, language);
    }
}
