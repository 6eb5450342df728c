package org.wirewise.ui.player;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wirewise.model.trace.Trace;

/**
 * The step player's presentation model: which step, how far toward the next one, playing or
 * not, and how fast. Views bind to its read-only properties and call its commands; playback is
 * driven by {@link #advance(long)}, which an animation timer calls each pulse and tests call
 * directly, so nothing here depends on the wall clock.
 */
public final class PlayerModel {

    /** The speeds offered, slowest first. */
    public static final double[] SPEEDS = {0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4};

    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position");
    private final ReadOnlyLongWrapper time = new ReadOnlyLongWrapper(this, "time");
    private final ReadOnlyObjectWrapper<PlayerFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1);
    private final BooleanBinding canPrevious;
    private final BooleanBinding canNext;
    private final BooleanBinding canFaster;
    private final BooleanBinding canSlower;
    private PlaybackPacing pacing;
    private AnimationTimer timer;

    public PlayerModel() {
        canPrevious = Bindings.createBooleanBinding(() -> trace.get() != null && position.get() > 0, trace, position);
        canNext = Bindings.createBooleanBinding(
                () -> trace.get() != null && stepIndex.get() < stepCount.get() - 1, trace, stepIndex, stepCount);
        canFaster = Bindings.createBooleanBinding(() -> speed.get() < SPEEDS[SPEEDS.length - 1], speed);
        canSlower = Bindings.createBooleanBinding(() -> speed.get() > SPEEDS[0], speed);
    }

    // --- properties -------------------------------------------------------------------------

    /**
     * The moment to draw, all of a piece: views that draw a trace subscribe to this alone, so
     * they never see a new step index paired with an old trace.
     */
    public ReadOnlyObjectProperty<PlayerFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public PlayerFrame getFrame() {
        return frame.get();
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public Trace getTrace() {
        return trace.get();
    }

    /** Zero-based index of the current step. */
    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public int getStepIndex() {
        return stepIndex.get();
    }

    /** 0..1 of the way from the current step to the next. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double getProgress() {
        return progress.get();
    }

    /** stepIndex + progress: what the scrubber shows. Changes after the step, progress and time. */
    public ReadOnlyDoubleProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Simulated time at the current position, in nanoseconds. */
    public ReadOnlyLongProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public double getSpeed() {
        return speed.get();
    }

    public BooleanBinding canPreviousProperty() {
        return canPrevious;
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canFasterProperty() {
        return canFaster;
    }

    public BooleanBinding canSlowerProperty() {
        return canSlower;
    }

    // --- commands ---------------------------------------------------------------------------

    /**
     * Shows a new trace. With {@code keepStep}, the current step stays where it still exists
     * (a parameter edit re-runs the simulation but the learner keeps their place).
     */
    public void setTrace(Trace newTrace, boolean keepStep) {
        int keep = keepStep ? stepIndex.get() : 0;
        pacing = new PlaybackPacing(newTrace);
        stepCount.set(newTrace.stepCount());
        trace.set(newTrace);
        moveTo(Math.min(keep, newTrace.stepCount() - 1), 0);
        if (!keepStep) {
            pause();
        }
    }

    public void play() {
        if (trace.get() == null) {
            return;
        }
        if (stepIndex.get() >= stepCount.get() - 1) {
            moveTo(0, 0); // playing from the end starts over, as media players do
        }
        playing.set(true);
        if (timer != null) {
            timer.start();
        }
    }

    public void pause() {
        playing.set(false);
        if (timer != null) {
            timer.stop();
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Next step; from mid-transition, the step being approached. */
    public void next() {
        pause();
        if (canNext.get()) {
            moveTo(stepIndex.get() + 1, 0);
        }
    }

    /** Previous step; from mid-transition, back to the step just left. */
    public void previous() {
        pause();
        if (progress.get() > 0) {
            moveTo(stepIndex.get(), 0);
        } else if (stepIndex.get() > 0) {
            moveTo(stepIndex.get() - 1, 0);
        }
    }

    public void first() {
        pause();
        if (trace.get() != null) {
            moveTo(0, 0);
        }
    }

    public void last() {
        pause();
        if (trace.get() != null) {
            moveTo(stepCount.get() - 1, 0);
        }
    }

    /** Jumps to a 1-based step number, clamped to the trace. */
    public void goToStep(int oneBased) {
        if (trace.get() != null) {
            moveTo(Math.max(0, Math.min(stepCount.get() - 1, oneBased - 1)), 0);
        }
    }

    /** Moves to a scrubber position (step index plus fraction). */
    public void seek(double newPosition) {
        if (trace.get() == null) {
            return;
        }
        double clamped = Math.max(0, Math.min(stepCount.get() - 1, newPosition));
        int index = (int) Math.floor(clamped);
        moveTo(index, clamped - index);
    }

    public void faster() {
        for (double s : SPEEDS) {
            if (s > speed.get()) {
                speed.set(s);
                return;
            }
        }
    }

    public void slower() {
        for (int i = SPEEDS.length - 1; i >= 0; i--) {
            if (SPEEDS[i] < speed.get()) {
                speed.set(SPEEDS[i]);
                return;
            }
        }
    }

    public void setSpeed(double value) {
        speed.set(Math.max(SPEEDS[0], Math.min(SPEEDS[SPEEDS.length - 1], value)));
    }

    /**
     * Advances playback by {@code wallNanos} of real time at the current speed. Stops at the
     * last step.
     */
    public void advance(long wallNanos) {
        if (!playing.get() || trace.get() == null) {
            return;
        }
        double remaining = wallNanos / 1e9 * speed.get();
        int index = stepIndex.get();
        double p = progress.get();
        while (remaining > 0 && index < stepCount.get() - 1) {
            double span = pacing.seconds(index);
            double left = (1 - p) * span;
            if (remaining < left) {
                p += remaining / span;
                remaining = 0;
            } else {
                remaining -= left;
                index++;
                p = 0;
            }
        }
        moveTo(index, p);
        if (index >= stepCount.get() - 1) {
            pause();
        }
    }

    /** Lets an animation timer drive playback; call once from the FX thread. */
    public void attachTimer() {
        if (timer != null) {
            return;
        }
        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    advance(now - last);
                }
                last = playing.get() ? now : -1;
            }

            @Override
            public void stop() {
                super.stop();
                last = -1;
            }
        };
        if (playing.get()) {
            timer.start();
        }
    }

    /** Stops the timer for good (the window closes). */
    public void dispose() {
        pause();
        timer = null;
    }

    private void moveTo(int index, double newProgress) {
        Trace t = trace.get();
        double p = index >= stepCount.get() - 1 ? 0 : Math.max(0, Math.min(1, newProgress));
        // position changes last: views listen to it and read the others, already updated.
        stepIndex.set(index);
        progress.set(p);
        time.set(t.timeAt(index, p));
        position.set(index + p);
        frame.set(new PlayerFrame(t, index, p, time.get()));
    }
}
