package org.wirewise.lesson.congestion;

import java.util.List;
import java.util.Locale;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.LessonTexts;
import org.wirewise.lesson.TranslatedLesson;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioSchema;

/** Congestion control: Tahoe, Reno, NewReno, CUBIC and BBR over a shared bottleneck. */
public final class CongestionLesson extends TranslatedLesson<CongestionScenario> {

    private static final String TEXTS = "org.wirewise.model.congestion.congestion";
    /** The parameters' structure; their words are in the bundle ({@link TranslatedLesson}). */
    private static final ScenarioSchema<CongestionScenario> STRUCTURE = new ScenarioSchema<>(CongestionScenario.class,
            CongestionScenario.DEFAULTS, List.of(
            ParameterSpec.text("algorithms", "", 60, ""),
            ParameterSpec.choice("compare", "", List.of("separate", "shared"), ""),
            ParameterSpec.integer("flows", "", "", 1, 50, ""),
            ParameterSpec.decimal("bandwidthMbps", "", "Mb/s", 1, 10_000, ""),
            ParameterSpec.decimal("rttMs", "", "ms", 1, 2_000, ""),
            ParameterSpec.decimal("rttRatio", "", "×", 1, 10, ""),
            ParameterSpec.decimal("bufferBdp", "", "× BDP", 0.05, 20, ""),
            ParameterSpec.decimal("lossPercent", "", "%", 0, 20, ""),
            ParameterSpec.decimal("durationS", "", "s", 1, 600, ""),
            ParameterSpec.bool("sack", "", ""),
            ParameterSpec.integer("seed", "", "", 0, Long.MAX_VALUE, ""),
            ParameterSpec.decimal("staggerS", "", "s", 0, 600, ""),
            ParameterSpec.text("drop", "", 200, ""),
            ParameterSpec.bool("delayedAck", "", "")));

    public CongestionLesson() {
        // the flows parameter's unit is a word ("per algorithm"), in the bundle with the other words
        super(TEXTS, STRUCTURE, (structure, language) -> LessonTexts.schemaWithUnits(structure,
                Texts.of(TEXTS, language)));
    }

    /** Which algorithms run; the view's side by side compares two of them A/B through this parameter. */
    public static ParameterSpec algorithms() {
        return new CongestionLesson().schema().parameters().get(0);
    }

    @Override
    public String id() {
        return CongestionSimulator.LESSON_ID;
    }

    @Override
    public Chapter chapter() {
        return Chapter.CONGESTION_CONTROL;
    }

    /** Each side's steps are its own losses and phase changes: the sides meet at the same second. */
    @Override
    public boolean comparesByTime() {
        return true;
    }

    /** Packets the bottleneck can carry in the run, per run: an upper bound on data packets simulated. */
    @Override
    public long estimatedWork(CongestionScenario scenario) {
        int runs;
        try {
            runs = scenario.compare() == CongestionScenario.Compare.SHARED ? 1
                    : CongestionSimulator.algorithms(scenario.algorithms()).size();
        } catch (IllegalArgumentException e) {
            return 0; // refused at once by simulate()
        }
        double packetsPerSecond = scenario.bandwidthMbps() * 1e6 / 8 / 1500;
        return Math.round(runs * packetsPerSecond * scenario.durationS());
    }

    @Override
    public Trace simulate(CongestionScenario scenario) {
        return CongestionSimulator.simulate(scenario);
    }

    @Override
    public Trace simulate(CongestionScenario scenario, Progress progress) {
        return CongestionSimulator.simulate(scenario, progress);
    }

    @Override
    public Trace simulate(CongestionScenario scenario, Progress progress, Locale language) {
        return CongestionSimulator.simulate(scenario, progress, language);
    }
}
