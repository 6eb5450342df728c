package org.wirewise.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import org.wirewise.export.PcapExport;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.lesson.replay.CaptureLesson;
import org.wirewise.model.replay.CaptureFile;
import org.wirewise.model.replay.CaptureTrace;
import org.wirewise.model.replay.Conversation;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.AtomicFiles;
import org.wirewise.scenario.ScenarioException;
import org.wirewise.ui.player.PlayerModel;

/**
 * The main window's presentation model: the open lesson and its scenario, the player, theme,
 * presentation mode and type scale, with undo for parameter edits. Commands that can fail return
 * the message to show; the lesson is left as it was when they do.
 *
 * <p>Most lessons simulate in milliseconds and are shown at once. A scenario estimated above
 * {@link #BACKGROUND_WORK} simulated packets runs on a background thread instead: the lesson shown
 * stays as it was (with progress and a cancel) until the new trace is ready, and edits made
 * meanwhile build on the scenario being simulated.
 */
public final class MainViewModel {

    /** Simulated packets above which a scenario runs in the background: about a fifth of a second here. */
    public static final long BACKGROUND_WORK = 1_500_000;

    private final LessonCatalog catalog;
    private final WindowScenarioFiles files;
    private final PlayerModel player = new PlayerModel();
    private final ReadOnlyObjectWrapper<LessonSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    /** The language of the lesson's texts (the trace is simulated in it) and of the window's words. */
    private final ObjectProperty<java.util.Locale> language =
            new SimpleObjectProperty<>(this, "language", java.util.Locale.ENGLISH);
    private final WindowMessages messages = new WindowMessages(language::get);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty reveal = new SimpleBooleanProperty(this, "reveal");
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    private final EditHistory history = new EditHistory();
    private final BackgroundSimulation background = new BackgroundSimulation();
    private final ReadOnlyObjectWrapper<LessonSetup> requested = new ReadOnlyObjectWrapper<>(this, "requestedSetup");
    private final List<Consumer<String>> problemHandlers = new ArrayList<>();
    private final long backgroundWork;
    private final CompareModel compare;
    private final javafx.beans.property.ReadOnlyBooleanWrapper simulating =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "simulating");
    private final javafx.beans.property.ReadOnlyDoubleWrapper simulationProgress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "simulationProgress");
    // A comparison to start once side A's background run lands (a file saved both sides).
    private LessonSetup queuedB;
    // How side A's background run changes the history when it lands (kept to restart it in another language).
    private EditHistory.Change pendingChange;
    private final WindowLanguage windowLanguage;
    private UnaryOperator<Progress> captureReading = UnaryOperator.identity();

    public MainViewModel(LessonCatalog catalog) {
        this(catalog, BACKGROUND_WORK);
    }

    /**
     * @param backgroundWork simulated packets above which a scenario runs in the background;
     *                       {@code Long.MAX_VALUE} simulates everything at once (headless rendering),
     *                       -1 everything in the background
     */
    public MainViewModel(LessonCatalog catalog, long backgroundWork) {
        this.catalog = catalog;
        this.files = new WindowScenarioFiles(catalog);
        this.backgroundWork = backgroundWork;
        requested.bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> background.pendingProperty().get() != null ? background.pendingProperty().get() : setup.get(),
                background.pendingProperty(), setup));
        this.compare = new CompareModel(setup.getReadOnlyProperty(), player, backgroundWork, this::problem, language::get);
        simulating.bind(background.runningProperty().or(compare.simulatingProperty()));
        // Both sides running (a file opening a comparison): the bar shows their mean.
        simulationProgress.bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            boolean a = background.runningProperty().get();
            boolean b = compare.simulatingProperty().get();
            double pa = background.progressProperty().get();
            double pb = compare.simulationProgressProperty().get();
            return a && b ? (pa + pb) / 2 : a ? pa : b ? pb : 0;
        }, background.runningProperty(), compare.simulatingProperty(), background.progressProperty(),
                compare.simulationProgressProperty()));
        windowLanguage = new WindowLanguage(language, this::simulateInLanguage);
    }

    /**
     * The language has changed: the lesson shown (or being simulated) runs again in it, at the same
     * step, its undo history as it was; side B too. A replayed capture's words are the capture's.
     */
    private void simulateInLanguage() {
        LessonSetup target = requested.get();
        if (target != null && !(target.lesson() instanceof CaptureLesson)) {
            boolean running = background.pendingProperty().get() != null;
            show(target, running ? pendingChange : EditHistory.Change.LANGUAGE).ifPresent(this::problem);
        }
        compare.simulateInLanguage();
    }

    /** The window's language and the choice the settings keep. */
    public WindowLanguage windowLanguage() {
        return windowLanguage;
    }

    private void problem(String message) {
        List.copyOf(problemHandlers).forEach(h -> h.accept(message));
    }

    /** A/B compare of the open lesson: side B, its player and what differs. */
    public CompareModel compare() {
        return compare;
    }

    public LessonCatalog catalog() {
        return catalog;
    }

    public PlayerModel player() {
        return player;
    }

    public ReadOnlyObjectProperty<LessonSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    public LessonSetup getSetup() {
        return setup.get();
    }

    public ObjectProperty<java.util.Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** Reveal, for teaching: what has not happened yet at the player's moment stays hidden. */
    public BooleanProperty revealProperty() {
        return reveal;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    /**
     * What the parameters and the lesson list show: the scenario being simulated in the
     * background while there is one, else the open lesson's.
     */
    public ReadOnlyObjectProperty<LessonSetup> requestedSetupProperty() {
        return requested.getReadOnlyProperty();
    }

    /** True while a large scenario (side A's, or side B's of a comparison) is being simulated in the background. */
    public ReadOnlyBooleanProperty simulatingProperty() {
        return simulating.getReadOnlyProperty();
    }

    /** How far the background simulation has got, 0 to 1. */
    public ReadOnlyDoubleProperty simulationProgressProperty() {
        return simulationProgress.getReadOnlyProperty();
    }

    /** Side A's scenario being simulated in the background, or null (side B's is {@code compare()}'s). */
    ReadOnlyObjectProperty<LessonSetup> pendingSetupProperty() {
        return background.pendingProperty();
    }

    /**
     * Stops the background simulations, both sides'; each side's lesson, parameters and undo
     * history stay as they were, and a comparison waiting for side A does not open.
     */
    public void cancelSimulation() {
        background.cancel();
        compare.cancelSimulation();
        queuedB = null;
    }

    /**
     * Receives the problems found after a command has returned: a background simulation that
     * failed. Commands that fail at once return their message instead.
     */
    public Subscription onProblem(Consumer<String> handler) {
        problemHandlers.add(handler);
        return () -> problemHandlers.remove(handler);
    }

    /** Runs {@code task} off the FX thread (a whole-lesson export); it reports through its own handlers. */
    public void runInBackground(javafx.concurrent.Task<?> task) {
        background.work(task);
    }

    /** Stops any background work; the model is not used afterwards. */
    public void dispose() {
        background.dispose();
        compare.dispose();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Opens a lesson with its default parameters at its first step. */
    public Optional<String> openLesson(String id) {
        try {
            LessonSetup fresh = LessonSetup.defaults(catalog.require(id));
            return show(fresh, EditHistory.Change.OPEN);
        } catch (UnknownLessonException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Shows a lesson with a given scenario, as a scenario file or the command line built it. */
    public Optional<String> openSetup(LessonSetup given) {
        return show(given, EditHistory.Change.OPEN);
    }

    /** Shows a scenario already simulated (a trace is immutable, so another window's may be shared). */
    public void openSimulated(LessonSetup given, Trace trace) {
        background.cancel();
        apply(given, trace, EditHistory.Change.OPEN);
    }

    /** Sets one parameter and re-runs the simulation, keeping the current step where it still exists. */
    public Optional<String> setParameter(String key, Object value) {
        return edit(current -> current.withValue(key, value));
    }

    /**
     * Sets one parameter from typed text, parsed as scenario files and --set are, except that a
     * number may have the window language's decimal comma ("12,5" in Spanish).
     */
    public Optional<String> setParameterText(String key, String text) {
        return edit(current -> current.with(key, text, language.get()));
    }

    private Optional<String> edit(SetupEdit change) {
        LessonSetup current = requested.get();
        if (current == null) {
            return Optional.of(messages.noLesson());
        }
        try {
            LessonSetup edited = change.apply(current);
            return edited.equals(current) ? Optional.empty() : show(edited, EditHistory.Change.EDIT);
        } catch (ScenarioException e) {
            return Optional.of(org.wirewise.scenario.ParameterRefused.message(e, language.get()));
        }
    }

    public Optional<String> resetParameters() {
        LessonSetup current = requested.get();
        if (current == null) {
            return Optional.empty();
        }
        LessonSetup defaults = LessonSetup.defaults(current.lesson());
        return defaults.equals(current) ? Optional.empty() : show(defaults, EditHistory.Change.EDIT);
    }

    public void undo() {
        background.cancel();
        history.undoTarget().ifPresent(previous -> show(previous, EditHistory.Change.UNDO));
    }

    public void redo() {
        background.cancel();
        history.redoTarget().ifPresent(next -> show(next, EditHistory.Change.REDO));
    }

    /**
     * Opens a scenario file, read on the calling thread; on any problem the current lesson stays
     * as it was and the message says why.
     */
    public Optional<String> openScenario(Path file) {
        try {
            return open(files.read(file));
        } catch (Exception e) {
            return Optional.of(WindowScenarioFiles.cannotOpen(e));
        }
    }

    private Optional<String> open(WindowScenarioFiles.Opened opened) {
        compare.stop();
        queuedB = null;
        Optional<String> problem = show(opened.a(), EditHistory.Change.OPEN);
        return problem.isPresent() || opened.b() == null ? problem : compareWhenALands(opened.b());
    }

    /**
     * A/B compare of one parameter, as a view's own side by side asks (the congestion lab's runs): side
     * A becomes this scenario with {@code key} = {@code a} (an undoable edit), side B the same with
     * {@code key} = {@code b}.
     */
    public Optional<String> compareValues(String key, Object a, Object b) {
        LessonSetup current = requested.get();
        if (current == null) {
            return Optional.of(messages.noLesson());
        }
        LessonSetup sideA;
        LessonSetup sideB;
        try {
            sideA = current.withValue(key, a);
            sideB = sideA.withValue(key, b);
        } catch (ScenarioException e) {
            return Optional.of(org.wirewise.scenario.ParameterRefused.message(e, language.get()));
        }
        compare.stop();
        queuedB = null;
        Optional<String> problem = sideA.equals(current) ? Optional.empty() : show(sideA, EditHistory.Change.EDIT);
        return problem.isPresent() ? problem : compareWhenALands(sideB);
    }

    /** Starts comparing with {@code b} now, or once side A's background run lands (B is compared with that A). */
    private Optional<String> compareWhenALands(LessonSetup b) {
        if (background.pendingProperty().get() != null) {
            queuedB = b;
            return Optional.empty();
        }
        return compare.start(b);
    }

    /**
     * Opens a scenario file read off the FX thread (a slow disk must not freeze the window);
     * {@code problem} receives, on the FX thread, why it could not be opened. Headless rendering
     * (which waits for everything) reads at once.
     */
    public void openScenarioFile(Path file, Consumer<String> problem) {
        if (backgroundWork == Long.MAX_VALUE) {
            openScenario(file).ifPresent(problem);
            return;
        }
        background.read(() -> files.read(file), opened -> {
            try {
                open(opened).ifPresent(problem);
            } catch (RuntimeException e) {
                problem.accept(WindowScenarioFiles.cannotOpen(e));
            }
        }, thrown -> problem.accept(WindowScenarioFiles.cannotOpen(thrown)));
    }

    /**
     * File ▸ Open capture…: the file is read and its conversations listed in the background, with
     * progress and Cancel as a long simulation; then, on the FX thread, {@code choose} picks one
     * when there are several (empty: the user cancelled), and the replay opens like a lesson. On
     * any problem the current lesson stays and {@code problem} says why. Headless rendering
     * (which waits for everything) reads at once.
     */
    public void openCaptureFile(Path file, Function<List<Conversation>, Optional<Conversation>> choose,
                                Consumer<String> problem) {
        Consumer<OpenedCapture> opened = capture -> {
            var all = capture.conversations();
            if (all.isEmpty()) {
                problem.accept(file.getFileName() + " holds no IPv4 or IPv6 conversation to replay.");
                return;
            }
            (all.size() == 1 ? Optional.of(all.get(0)) : choose.apply(all)).ifPresent(c -> openSimulated(
                    CaptureLesson.setup(file, c.number()), CaptureTrace.of(capture, c, 0, languageProperty().get())));
        };
        Consumer<Throwable> failed = thrown -> problem.accept(file.getFileName() + " could not be opened: "
                + (thrown.getMessage() == null ? thrown.toString() : thrown.getMessage()));
        if (backgroundWork == Long.MAX_VALUE) {
            try {
                opened.accept(CaptureFile.open(file, Progress.NONE));
            } catch (IOException | RuntimeException e) {
                failed.accept(e);
            }
            return;
        }
        background.start(CaptureLesson.setup(file, 1), progress -> CaptureFile.open(file,
                captureReading.apply(progress)), opened, failed);
    }

    /** For tests of Cancel: wraps the progress a capture read reports (to slow it down). */
    void captureReading(UnaryOperator<Progress> wrap) {
        captureReading = wrap;
    }

    public Optional<String> saveScenario(Path file) {
        if (setup.get() == null) {
            return Optional.of(messages.noLesson());
        }
        try {
            files.write(file, setup.get(), compare.isActive() ? compare.getSetupB() : null);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(messages.cannotSave(file, AtomicFiles.reason(e)));
        }
    }

    /** Writes the trace's packets as a capture on one lane (a host, a router, a NAT) would see them. */
    public Optional<String> exportPcap(Path file, String lane) {
        Trace trace = player.getTrace();
        if (trace == null) {
            return Optional.of(messages.noLesson());
        }
        if (trace.lanes().stream().noneMatch(l -> l.id().equals(lane))) {
            return Optional.of(messages.noCapturePoint(lane));
        }
        try {
            AtomicFiles.write(file, out -> PcapExport.write(trace, lane, out));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(messages.cannotExport(file, AtomicFiles.reason(e)));
        }
    }

    public void scaleFont(double factor) {
        fontScale.set(Math.max(AppSettings.MIN_SCALE, Math.min(AppSettings.MAX_SCALE,
                Math.round(fontScale.get() * factor * 20) / 20.0)));
    }

    private Optional<String> show(LessonSetup next, EditHistory.Change change) {
        // A replay reads its file: never on the FX thread, however small (the disk may be slow).
        boolean readsFile = next.lesson() instanceof CaptureLesson && backgroundWork != Long.MAX_VALUE;
        if (readsFile || next.estimatedWork() > backgroundWork) {
            pendingChange = change;
            background.start(next, language.get(), trace -> apply(next, trace, change), thrown -> {
                queuedB = null;
                problem(messages.cannotSimulate(thrown));
            });
            return Optional.empty();
        }
        background.cancel(); // a quick change supersedes a long one still running
        Trace trace;
        try {
            trace = next.simulate(org.wirewise.model.sim.Progress.NONE, language.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(messages.cannotSimulate(e));
        }
        apply(next, trace, change);
        return Optional.empty();
    }

    /** Shows a simulated scenario; the history changes only now, so a cancelled run leaves it alone. */
    private void apply(LessonSetup next, Trace trace, EditHistory.Change change) {
        LessonSetup previous = setup.get();
        boolean sameLesson = previous != null && previous.lesson().id().equals(next.lesson().id());
        history.landed(change, previous);
        setup.set(next);
        player.setTrace(trace, change != EditHistory.Change.OPEN && sameLesson);
        if (queuedB != null) {
            LessonSetup b = queuedB;
            queuedB = null;
            if (b.lesson().id().equals(next.lesson().id())) {
                compare.start(b).ifPresent(this::problem);
            }
        }
    }
}
