package org.wirewise.lesson;

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

    /** Simulates a scenario held as a plain record, checking it is this lesson's type. */
    default Trace simulateRecord(Record scenario) {
        return simulate(schema().type().cast(scenario));
    }
}
