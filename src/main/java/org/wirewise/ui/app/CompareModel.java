package org.wirewise.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.scenario.ScenarioException;
import org.wirewise.ui.player.PlayerModel;

/**
 * A/B compare: a second scenario of the open lesson (side B) beside the one the window shows (side
 * A), on one player. B starts as a copy of A; its edits are undoable on their own. Both sides keep
 * the same seed unless the seed is what B changes, and B's player follows A's position (step and
 * progress), so a teacher steps both at once. Opening another lesson ends the comparison.
 */
public final class CompareModel {

    /** One parameter whose value differs between the sides, as the header above each side lists it. */
    public record Difference(String key, String label, String a, String b) {
    }

    private final ReadOnlyObjectProperty<LessonSetup> setupA;
    private final PlayerModel playerA;
    private final PlayerModel playerB = new PlayerModel();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyObjectWrapper<LessonSetup> setupB = new ReadOnlyObjectWrapper<>(this, "setupB");
    private final ReadOnlyObjectWrapper<List<Difference>> differences =
            new ReadOnlyObjectWrapper<>(this, "differences", List.of());
    private final EditHistory history = new EditHistory();
    private final long backgroundWork;

    /**
     * @param backgroundWork side B's estimated work above which it is refused (a comparison of two
     *                       long runs would freeze the window; such lessons compare their own way)
     */
    CompareModel(ReadOnlyObjectProperty<LessonSetup> setupA, PlayerModel playerA, long backgroundWork) {
        this.setupA = setupA;
        this.playerA = playerA;
        this.backgroundWork = backgroundWork;
        setupA.addListener((obs, was, now) -> followA(now));
        playerA.positionProperty().addListener((obs, was, now) -> follow());
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    public ReadOnlyObjectProperty<LessonSetup> setupBProperty() {
        return setupB.getReadOnlyProperty();
    }

    public LessonSetup getSetupB() {
        return setupB.get();
    }

    /** Side B's player: driven by A's, never by its own keys. */
    public PlayerModel playerB() {
        return playerB;
    }

    public ReadOnlyObjectProperty<List<Difference>> differencesProperty() {
        return differences.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    /** Starts comparing with B a copy of A; the message says why not (no lesson, too long a run). */
    public Optional<String> start() {
        LessonSetup a = setupA.get();
        return a == null ? Optional.of("no lesson is open") : start(a);
    }

    /** Starts comparing with a given B (a scenario file's), which must be of A's lesson. */
    public Optional<String> start(LessonSetup b) {
        LessonSetup a = setupA.get();
        if (a == null || !a.lesson().id().equals(b.lesson().id())) {
            return Optional.of("side B must be a scenario of the open lesson");
        }
        Optional<String> problem = show(b);
        if (problem.isEmpty()) {
            history.landed(EditHistory.Change.OPEN, null);
            active.set(true);
        }
        return problem;
    }

    public void stop() {
        active.set(false);
        setupB.set(null);
        differences.set(List.of());
        history.landed(EditHistory.Change.OPEN, null);
    }

    /** Sets one of B's parameters from text, checked exactly as the panel and scenario files are. */
    public Optional<String> setParameterText(String key, String text) {
        return edit(current -> current.with(key, text));
    }

    /** Sets one of B's parameters to a typed value (a lesson view's own edit, such as a dropped packet). */
    public Optional<String> setParameter(String key, Object value) {
        return edit(current -> current.withValue(key, value));
    }

    /** B back to the lesson's defaults (undoable). */
    public Optional<String> resetParameters() {
        return edit(current -> LessonSetup.defaults(current.lesson()));
    }

    /** Side B as a parameter panel and a lesson view edit it. */
    ParameterTarget sideB() {
        return new ParameterTarget() {
            @Override
            public javafx.beans.value.ObservableValue<LessonSetup> shown() {
                return setupB;
            }

            @Override
            public Optional<String> setText(String key, String text) {
                return setParameterText(key, text);
            }

            @Override
            public Optional<String> setValue(String key, Object value) {
                return setParameter(key, value);
            }

            @Override
            public Optional<String> reset() {
                return resetParameters();
            }
        };
    }

    private Optional<String> edit(SetupEdit change) {
        LessonSetup current = setupB.get();
        if (current == null) {
            return Optional.of("A/B compare is off");
        }
        try {
            LessonSetup edited = change.apply(current);
            if (edited.equals(current)) {
                return Optional.empty();
            }
            Optional<String> problem = show(edited);
            if (problem.isEmpty()) {
                history.landed(EditHistory.Change.EDIT, current);
            }
            return problem;
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Undoes B's last edit. */
    public void undo() {
        LessonSetup current = setupB.get();
        history.undoTarget().filter(previous -> show(previous).isEmpty())
                .ifPresent(previous -> history.landed(EditHistory.Change.UNDO, current));
    }

    public void redo() {
        LessonSetup current = setupB.get();
        history.redoTarget().filter(next -> show(next).isEmpty())
                .ifPresent(next -> history.landed(EditHistory.Change.REDO, current));
    }

    private Optional<String> show(LessonSetup b) {
        if (b.estimatedWork() > backgroundWork) {
            return Optional.of("This scenario is too long a run to compare side by side (it would freeze the "
                    + "window); shorten it, or use the lesson's own comparison");
        }
        Trace trace;
        try {
            trace = b.simulate();
        } catch (IllegalArgumentException e) {
            return Optional.of("These parameters cannot be simulated: " + e.getMessage());
        }
        setupB.set(b);
        playerB.setTrace(trace, true);
        differences.set(differences(setupA.get(), b));
        follow();
        return Optional.empty();
    }

    private void followA(LessonSetup a) {
        LessonSetup b = setupB.get();
        if (b == null) {
            return;
        }
        if (a == null || !a.lesson().id().equals(b.lesson().id())) {
            stop();
        } else {
            differences.set(differences(a, b));
        }
    }

    private void follow() {
        if (setupB.get() != null && playerB.getTrace() != null) {
            playerB.seek(Math.min(playerA.positionProperty().get(), playerB.stepCountProperty().get() - 1));
        }
    }

    /** The parameters whose values differ, in the lesson's own order, with their labels and units. */
    static List<Difference> differences(LessonSetup a, LessonSetup b) {
        List<Difference> out = new ArrayList<>();
        Map<String, Object> va = a.values();
        Map<String, Object> vb = b.values();
        for (ParameterSpec spec : a.lesson().schema().parameters()) {
            Object x = va.get(spec.key());
            Object y = vb.get(spec.key());
            if (!Objects.equals(x, y)) {
                out.add(new Difference(spec.key(), spec.label(), text(x, spec), text(y, spec)));
            }
        }
        return List.copyOf(out);
    }

    private static String text(Object value, ParameterSpec spec) {
        String v = ParameterEditors.format(value);
        return spec.unit() == null || spec.unit().isEmpty() ? v : v + " " + spec.unit();
    }
}
