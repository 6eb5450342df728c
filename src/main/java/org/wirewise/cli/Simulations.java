package org.wirewise.cli;

import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;

/** Runs a setup, turning a model's refusal of a parameter combination into a user message. */
final class Simulations {

    private Simulations() {
    }

    static Trace run(LessonSetup setup) throws CliException {
        try {
            return setup.simulate();
        } catch (IllegalArgumentException e) {
            throw new CliException("these parameters cannot be simulated: " + e.getMessage());
        }
    }
}
