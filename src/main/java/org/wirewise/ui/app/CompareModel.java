package org.wirewise.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
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
 * progress; simulated time where the lesson says so), so a teacher steps both at once. Opening
 * another lesson ends the comparison.
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
    private final ReadOnlyObjectWrapper<LessonSetup> requestedB = new ReadOnlyObjectWrapper<>(this, "requestedB");
    private final ReadOnlyObjectWrapper<List<Difference>> differences =
            new ReadOnlyObjectWrapper<>(this, "differences", List.of());
    private final EditHistory history = new EditHistory();
    // Side B's own runner: side A's may be busy at the same time (a file opening both, an edit of A).
    private final BackgroundSimulation background = new BackgroundSimulation();
    private final long backgroundWork;
    private final Consumer<String> problems;
    private final java.util.function.Supplier<java.util.Locale> language;
    private final WindowMessages messages;
    private EditHistory.Change pendingChange;

    /**
     * @param backgroundWork side B's estimated work above which it is simulated in the background,
     *                       as the window does for side A
     * @param problems       receives, on the FX thread, why a background run of side B failed
     * @param language       the window's language, which side B's texts are simulated in
     */
    CompareModel(ReadOnlyObjectProperty<LessonSetup> setupA, PlayerModel playerA, long backgroundWork,
                 Consumer<String> problems, java.util.function.Supplier<java.util.Locale> language) {
        this.language = language;
        this.messages = new WindowMessages(language);
        this.setupA = setupA;
        this.playerA = playerA;
        this.backgroundWork = backgroundWork;
        this.problems = problems;
        requestedB.bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> background.pendingProperty().get() != null ? background.pendingProperty().get() : setupB.get(),
                background.pendingProperty(), setupB));
        setupA.addListener((obs, was, now) -> followA(now));
        playerA.positionProperty().addListener((obs, was, now) -> follow());
        playerA.timeProperty().addListener((obs, was, now) -> follow()); // a new trace of A at the same step
    }

    /** True while side B is being simulated in the background. */
    ReadOnlyBooleanProperty simulatingProperty() {
        return background.runningProperty();
    }

    /** How far side B's background run has got, 0 to 1. */
    ReadOnlyDoubleProperty simulationProgressProperty() {
        return background.progressProperty();
    }

    /** The side B being simulated in the background, or null. */
    ReadOnlyObjectProperty<LessonSetup> pendingProperty() {
        return background.pendingProperty();
    }

    /** Stops side B's background run: B, its parameters and its history stay as they were. */
    void cancelSimulation() {
        background.cancel();
    }

    void dispose() {
        background.dispose();
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

    /**
     * Starts comparing with B a copy of A; the message says why not (no lesson open). A long run
     * starts in the background and the comparison opens when it lands.
     */
    public Optional<String> start() {
        LessonSetup a = setupA.get();
        return a == null ? Optional.of(messages.noLesson()) : start(a);
    }

    /** Starts comparing with a given B (a scenario file's), which must be of A's lesson. */
    /** The window's language, which side B is simulated in. */
    java.util.Locale language() {
        return language.get();
    }

    public Optional<String> start(LessonSetup b) {
        LessonSetup a = setupA.get();
        if (a == null || !a.lesson().id().equals(b.lesson().id())) {
            return Optional.of(messages.sideBOfAnotherLesson());
        }
        return show(b, EditHistory.Change.OPEN);
    }

    public void stop() {
        background.cancel();
        active.set(false);
        setupB.set(null);
        differences.set(List.of());
        history.landed(EditHistory.Change.OPEN, null);
    }

    /** Sets one of B's parameters from text, checked exactly as the panel and scenario files are. */
    public Optional<String> setParameterText(String key, String text) {
        return edit(current -> current.with(key, text, language.get()));
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
                return requestedB;
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

    /** Edits build on the side B being simulated while a long run goes, as side A's do. */
    private Optional<String> edit(SetupEdit change) {
        LessonSetup current = requestedB.get();
        if (current == null) {
            return Optional.of(messages.compareOff());
        }
        try {
            LessonSetup edited = change.apply(current);
            return edited.equals(current) ? Optional.empty() : show(edited, EditHistory.Change.EDIT);
        } catch (ScenarioException e) {
            return Optional.of(sideB(org.wirewise.scenario.ParameterRefused.message(e, language.get())));
        }
    }

    /** The window's language has changed: side B runs again in it (its history as it was). */
    void simulateInLanguage() {
        LessonSetup b = requestedB.get();
        if (b != null) {
            boolean running = background.pendingProperty().get() != null;
            show(b, running ? pendingChange : EditHistory.Change.LANGUAGE).ifPresent(problems);
        }
    }

    /** Undoes B's last edit. */
    public void undo() {
        background.cancel();
        history.undoTarget().ifPresent(previous -> show(previous, EditHistory.Change.UNDO));
    }

    public void redo() {
        background.cancel();
        history.redoTarget().ifPresent(next -> show(next, EditHistory.Change.REDO));
    }

    /** A message about side B, so the user knows which panel it concerns. */
    private String sideB(String message) {
        return org.wirewise.model.text.Texts.of(MainWindow.TEXTS, language.get()).get("compare.sideB", message);
    }

    /** Simulates B at once, or in the background when it is a long run; it lands only when simulated. */
    private Optional<String> show(LessonSetup b, EditHistory.Change change) {
        if (b.estimatedWork() > backgroundWork) {
            pendingChange = change;
            background.start(b, language.get(), trace -> land(b, trace, change),
                    thrown -> problems.accept(sideB(messages.cannotSimulate(thrown))));
            return Optional.empty();
        }
        background.cancel(); // a quick change supersedes a long one still running
        Trace trace;
        try {
            trace = b.simulate(org.wirewise.model.sim.Progress.NONE, language.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(sideB(messages.cannotSimulate(e)));
        }
        land(b, trace, change);
        return Optional.empty();
    }

    /** B's run is ready: history, B and its player change together, B at A's position. */
    private void land(LessonSetup b, Trace trace, EditHistory.Change change) {
        LessonSetup a = setupA.get();
        if (a == null || !a.lesson().id().equals(b.lesson().id())) {
            return; // A moved to another lesson while B was simulated
        }
        history.landed(change, change == EditHistory.Change.OPEN ? null : setupB.get());
        setupB.set(b);
        playerB.setTrace(trace, true);
        differences.set(differences(a, b, language.get()));
        follow();
        active.set(true);
    }

    private void followA(LessonSetup a) {
        LessonSetup b = setupB.get();
        if (b == null) {
            return;
        }
        if (a == null || !a.lesson().id().equals(b.lesson().id())) {
            stop();
        } else {
            differences.set(differences(a, b, language.get()));
        }
    }

    /** B at A's step and progress, or at A's simulated time for a lesson whose steps are each run's own events. */
    private void follow() {
        LessonSetup b = setupB.get();
        if (b != null && playerB.getTrace() != null) {
            playerB.seek(b.lesson().comparesByTime() ? playerB.getTrace().positionAt(playerA.timeProperty().get())
                    : Math.min(playerA.positionProperty().get(), playerB.stepCountProperty().get() - 1));
        }
    }

    /** The parameters whose values differ, in the lesson's own order, with their labels and units. */
    static List<Difference> differences(LessonSetup a, LessonSetup b, java.util.Locale language) {
        List<Difference> out = new ArrayList<>();
        Map<String, Object> va = a.values();
        Map<String, Object> vb = b.values();
        for (ParameterSpec spec : a.lesson().schema(language).parameters()) {
            Object x = va.get(spec.key());
            Object y = vb.get(spec.key());
            if (!Objects.equals(x, y)) {
                out.add(new Difference(spec.key(), spec.label(), text(x, spec, language), text(y, spec, language)));
            }
        }
        return List.copyOf(out);
    }

    private static String text(Object value, ParameterSpec spec, java.util.Locale language) {
        String v = ParameterEditors.format(value, language);
        return spec.unit().isEmpty() ? v : v + " " + spec.unit(language);
    }
}
