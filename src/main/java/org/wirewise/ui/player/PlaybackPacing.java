package org.wirewise.ui.player;

import org.wirewise.model.trace.Trace;

/**
 * How long each step-to-step transition takes on the wall clock at 1x: in proportion to the
 * simulated time it spans, so a packet crossing a 40 ms link takes as long as any other 40 ms
 * crossing, clamped so that a 2-minute TIME-WAIT does not stall playback and a 1 µs gap is still
 * visible. Transitions spanning no simulated time get a short pause to read the narration.
 */
public final class PlaybackPacing {

    static final double PAUSE_SECONDS = 0.9;
    static final double TYPICAL_SECONDS = 1.6;
    static final double MIN_SECONDS = 0.6;
    static final double MAX_SECONDS = 4.0;

    private final double[] seconds;

    public PlaybackPacing(Trace trace) {
        int n = trace.stepCount();
        seconds = new double[Math.max(0, n - 1)];
        long total = 0;
        int moving = 0;
        for (int i = 0; i + 1 < n; i++) {
            long delta = trace.step(i + 1).time() - trace.step(i).time();
            if (delta > 0) {
                total += delta;
                moving++;
            }
        }
        double secondsPerNano = moving == 0 ? 0 : TYPICAL_SECONDS * moving / total;
        for (int i = 0; i + 1 < n; i++) {
            long delta = trace.step(i + 1).time() - trace.step(i).time();
            seconds[i] = delta == 0 ? PAUSE_SECONDS
                    : Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, delta * secondsPerNano));
        }
    }

    /** Wall seconds at 1x from step {@code index} to the next; 0 after the last step. */
    public double seconds(int index) {
        return index >= 0 && index < seconds.length ? seconds[index] : 0;
    }
}
