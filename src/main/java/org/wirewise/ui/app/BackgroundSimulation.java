package org.wirewise.ui.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;

/**
 * Runs one large simulation at a time on a background thread, with its progress and a cancel.
 * Starting another cancels the one running (the newest request wins). Scenario files are read on
 * a second thread. Results and failures cross onto the FX thread in one place, the tasks'
 * completion handlers.
 */
final class BackgroundSimulation {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wirewise-simulation");
        t.setDaemon(true); // a run in progress must not keep the app alive after its window closes
        return t;
    });
    // Files are read on their own thread: a slow disk must not wait behind a long run, nor it behind them.
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wirewise-file-reader");
        t.setDaemon(true);
        return t;
    });
    // Exports draw many pictures; they must wait neither for a run nor for a file being read.
    private final ExecutorService exporter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wirewise-export");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<LessonSetup> pending = new ReadOnlyObjectWrapper<>(this, "pending");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private Task<?> task;

    /** The scenario being simulated, or null. */
    ReadOnlyObjectProperty<LessonSetup> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done, 0 to 1. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Work that reports its progress and stops when the progress throws CancellationException. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Simulates {@code setup} in the background, its texts in {@code language}; {@code done} receives the trace and
     * {@code failed} what the simulation threw, both on the FX thread. A cancelled run calls neither.
     */
    void start(LessonSetup setup, java.util.Locale language, Consumer<Trace> done, Consumer<Throwable> failed) {
        start(setup, progress -> setup.simulate(progress, language), done, failed);
    }

    /**
     * Runs {@code work} for {@code setup} (a capture file read before its replay opens) as a
     * simulation runs: with its progress and Cancel, the newest request winning.
     */
    <T> void start(LessonSetup setup, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        cancel();
        Task<T> next = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(fraction -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    updateProgress(fraction, 1);
                });
            }
        };
        // A run cancelled just as it finished may still report success: only the current one counts.
        next.setOnSucceeded(e -> {
            if (finish(next)) {
                done.accept(next.getValue());
            }
        });
        next.setOnFailed(e -> {
            if (finish(next)) {
                failed.accept(next.getException());
            }
        });
        task = next;
        pending.set(setup);
        running.set(true);
        progress.bind(next.progressProperty().map(p -> Math.max(0, p.doubleValue())));
        executor.execute(next);
    }

    /**
     * Reads something (a scenario file) off the FX thread: {@code done} receives the result and
     * {@code failed} what the reading threw, both on the FX thread.
     */
    <T> void read(Callable<T> reading, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> next = new Task<>() {
            @Override
            protected T call() throws Exception {
                return reading.call();
            }
        };
        next.setOnSucceeded(e -> done.accept(next.getValue()));
        next.setOnFailed(e -> failed.accept(next.getException()));
        reader.execute(next);
    }

    /**
     * Runs a long piece of work that is not a simulation (a whole-lesson export) on its own thread;
     * its progress, result and failure reach the FX thread through the task's own properties and
     * handlers.
     */
    void work(Task<?> task) {
        exporter.execute(task);
    }

    void dispose() {
        cancel();
        executor.shutdownNow();
        reader.shutdownNow();
        exporter.shutdownNow();
    }

    /** Cancels the run in progress, if any; the lesson stays as it was before it started. */
    void cancel() {
        if (task != null) {
            Task<?> old = task;
            finish(old);
            old.cancel(); // the run notices at its next progress report and stops
        }
    }

    /** Clears the state of {@code which} if it is the current run; says whether it was. */
    private boolean finish(Task<?> which) {
        if (task != which) {
            return false;
        }
        task = null;
        progress.unbind();
        progress.set(0);
        running.set(false);
        pending.set(null);
        return true;
    }
}
