package org.wirewise.cli;

import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;

/**
 * Runs a setup for a command: refuses one estimated beyond the work limit unless forced, shows
 * progress on a terminal for a long one, and turns a model's refusal of a parameter combination
 * into a user message.
 */
public final class Simulations {

    /** Estimated packets above which a run shows progress on a terminal: a few seconds. */
    static final long PROGRESS_PACKETS = 20_000_000L;

    private Simulations() {
    }

    public static Trace run(LessonSetup setup, boolean force) throws CliException {
        long work = setup.estimatedWork();
        WorkLimit.checkPackets(work, force, setup.lesson().id() + " with these parameters");
        Progress progress = TerminalProgress.forWork("simulating " + setup.lesson().id(), work > PROGRESS_PACKETS);
        try {
            return setup.simulate(progress);
        } catch (IllegalArgumentException e) {
            throw new CliException("these parameters cannot be simulated: " + e.getMessage());
        } finally {
            TerminalProgress.finish(progress);
        }
    }
}
