package org.wirewise.ui.player;

import org.wirewise.model.trace.Trace;

/**
 * One moment of playback: the trace, the step, how far toward the next step, and the simulated
 * time there. A view is a function of this.
 */
public record PlayerFrame(Trace trace, int stepIndex, double progress, long time) {
}
