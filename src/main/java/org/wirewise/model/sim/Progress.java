package org.wirewise.model.sim;

import java.util.concurrent.CancellationException;

/**
 * Where a long simulation reports how far it has got, and learns that it should stop. The model
 * knows nothing of threads or windows: the caller decides what a report means (a progress bar,
 * nothing at all) and stops the work by throwing {@link CancellationException} from
 * {@link #worked(double)}.
 */
@FunctionalInterface
public interface Progress {

    /** Ignores reports and never cancels. */
    Progress NONE = fraction -> { };

    /**
     * Reports the fraction of the work done so far, 0 to 1, never decreasing.
     *
     * @throws CancellationException when the caller wants the work abandoned
     */
    void worked(double fraction);

    /** The part of this progress from {@code from} to {@code to}, for one of several runs in a row. */
    default Progress slice(double from, double to) {
        return fraction -> worked(from + (to - from) * Math.max(0, Math.min(1, fraction)));
    }
}
