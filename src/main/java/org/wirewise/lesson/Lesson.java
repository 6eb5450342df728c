package org.wirewise.lesson;

import java.util.Locale;

import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ScenarioSchema;

/**
 * What the app, the exporters and the command line know about a lesson without its view: its
 * identity, its parameters and how to simulate it.
 *
 * @param <S> the scenario record
 */
public interface Lesson<S extends Record> {

    /** Stable id used on the command line and in scenario files ("tcp-handshake"). */
    String id();

    String title();

    Chapter chapter();

    /** One sentence for the sidebar tooltip and {@code wirewise lessons}. */
    String summary();

    ScenarioSchema<S> schema();

    /** Runs the simulation; the same scenario always gives the same trace. */
    Trace simulate(S scenario);

    /**
     * Runs the simulation, reporting progress and stopping when {@code progress} throws
     * {@link java.util.concurrent.CancellationException}. Lessons whose runs can take long
     * override it; the others finish in milliseconds and report nothing.
     */
    default Trace simulate(S scenario, Progress progress) {
        return simulate(scenario);
    }

    /**
     * Roughly how many simulated packets (events) a scenario costs, so the app can run large
     * scenarios off the FX thread with a progress bar. Lessons that always finish in milliseconds
     * keep the default, 0.
     */
    /**
     * Whether an A/B comparison lines its sides up by simulated time rather than by step: true when
     * a step is an event of the run (a loss), not a moment of a script both sides go through.
     */
    default boolean comparesByTime() {
        return false;
    }

    default long estimatedWork(S scenario) {
        return 0;
    }

    /** Simulates a scenario held as a plain record, checking it is this lesson's type. */
    default Trace simulateRecord(Record scenario, Progress progress) {
        return simulate(schema().type().cast(scenario), progress);
    }

    /**
     * Runs the simulation with every sentence, title and label of the trace in {@code language}
     * (English or Spanish, see {@code Texts}); the packets and numbers are the same in every
     * language. Lessons whose texts are translated override it; the English ones ignore it.
     */
    default Trace simulate(S scenario, Progress progress, Locale language) {
        return simulate(scenario, progress);
    }

    /** The localised simulate for a scenario held as a plain record. */
    default Trace simulateRecord(Record scenario, Progress progress, Locale language) {
        return simulate(schema().type().cast(scenario), progress, language);
    }

    /** The title in {@code language}; {@link #title()} is the English one. */
    default String title(Locale language) {
        return title();
    }

    /** The summary in {@code language}; {@link #summary()} is the English one. */
    default String summary(Locale language) {
        return summary();
    }

    /**
     * The schema with its labels, units and descriptions in {@code language}: it parses and checks
     * exactly as {@link #schema()} does (same keys, limits and choices), only the words differ.
     */
    default ScenarioSchema<S> schema(Locale language) {
        return schema();
    }
}
