package org.wirewise.lesson.tcp;

import java.util.Locale;
import org.wirewise.model.tcp.TcpRig;
import org.wirewise.model.text.Texts;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/**
 * Parameters the TCP lessons share, spelled and explained the same way everywhere: their structure
 * here, their words in the TCP lessons' shared bundle ({@code tcp-connection.properties}).
 */
public final class TcpParameters {

    private TcpParameters() {
    }

    static ParameterSpec rtt() {
        return ParameterSpec.decimal("rttMs", "", "ms", 0.1, 10_000, "");
    }

    static ParameterSpec bandwidth() {
        return ParameterSpec.decimal("bandwidthMbps", "", "Mb/s", 0.01, 100_000, "");
    }

    static ParameterSpec seed() {
        return ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, "");
    }

    /**
     * The packets to lose, with its English words (as the lessons' English schema has it); the TCP
     * view edits it when the learner loses a packet from the diagram.
     */
    public static ParameterSpec drop() {
        return words(ParameterSpec.text("drop", "", 200, ""), Texts.english(TcpRig.CONNECTION_TEXTS));
    }

    /**
     * {@code structure} with each parameter's label and description in {@code language}: from the
     * lesson's own bundle when it has them, else from the shared one.
     */
    static <S extends Record> ScenarioSchema<S> schema(ScenarioSchema<S> structure, String lessonTexts,
                                                       Locale language) {
        Texts own = Texts.of(lessonTexts, language);
        Texts shared = Texts.of(TcpRig.CONNECTION_TEXTS, language);
        return structure.relabelled(p -> words(p, own.has("param." + p.key() + ".label") ? own : shared));
    }

    private static ParameterSpec words(ParameterSpec p, Texts texts) {
        return new ParameterSpec(p.key(), texts.get("param." + p.key() + ".label"),
                texts.get("param." + p.key() + ".help"), p.unit(), p.kind(), p.min(), p.max(), p.choices());
    }
}
