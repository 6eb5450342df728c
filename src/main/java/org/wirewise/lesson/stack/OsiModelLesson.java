package org.wirewise.lesson.stack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.model.stack.OsiScenario;
import org.wirewise.model.stack.OsiSimulator;
import org.wirewise.model.stack.Technology;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** The OSI and TCP/IP models side by side, each layer's PDU and technologies. */
public final class OsiModelLesson implements Lesson<OsiScenario> {

    private static final ScenarioSchema<OsiScenario> SCHEMA = new ScenarioSchema<>(OsiScenario.class,
            OsiScenario.DEFAULTS, List.of(
            ParameterSpec.choice("technology", "Technology", Stream.of(Technology.values())
                            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList(),
                    "The technology the last step places on the stack, with why it sits there.")));

    @Override
    public String id() {
        return OsiSimulator.LESSON_ID;
    }

    @Override
    public String title() {
        return "OSI and TCP/IP models";
    }

    @Override
    public Chapter chapter() {
        return Chapter.PROTOCOL_STACK;
    }

    @Override
    public String summary() {
        return "The seven OSI layers and the four TCP/IP layers side by side: each layer's job, PDU and "
                + "technologies, and why QUIC, TLS and ARP sit where they do.";
    }

    @Override
    public ScenarioSchema<OsiScenario> schema() {
        return SCHEMA;
    }

    @Override
    public Trace simulate(OsiScenario scenario) {
        return OsiSimulator.simulate(scenario);
    }
}
