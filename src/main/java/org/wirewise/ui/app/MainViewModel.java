package org.wirewise.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.wirewise.export.PcapExport;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.AtomicFiles;
import org.wirewise.scenario.ScenarioException;
import org.wirewise.scenario.ScenarioFiles;
import org.wirewise.ui.player.PlayerModel;

/**
 * The main window's presentation model: the open lesson and its scenario, the player, theme,
 * presentation mode and type scale, with undo for parameter edits. Commands that can fail return
 * the message to show; the lesson is left as it was when they do.
 */
public final class MainViewModel {

    private final LessonCatalog catalog;
    private final ScenarioFiles files = new ScenarioFiles();
    private final PlayerModel player = new PlayerModel();
    private final ReadOnlyObjectWrapper<LessonSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    private final Deque<LessonSetup> undo = new ArrayDeque<>();
    private final Deque<LessonSetup> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public MainViewModel(LessonCatalog catalog) {
        this.catalog = catalog;
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

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Opens a lesson with its default parameters at its first step. */
    public Optional<String> openLesson(String id) {
        try {
            LessonSetup fresh = LessonSetup.defaults(catalog.require(id));
            return show(fresh, false, false);
        } catch (UnknownLessonException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Shows a lesson with a given scenario, as a scenario file or the command line built it. */
    public Optional<String> openSetup(LessonSetup given) {
        return show(given, false, false);
    }

    /** Sets one parameter and re-runs the simulation, keeping the current step where it still exists. */
    public Optional<String> setParameter(String key, Object value) {
        return edit(current -> current.withValue(key, value));
    }

    /** Sets one parameter from typed text, parsed exactly as scenario files and --set are. */
    public Optional<String> setParameterText(String key, String text) {
        return edit(current -> current.with(key, text));
    }

    /** One parameter edit of the open lesson. */
    private interface Edit {
        LessonSetup apply(LessonSetup current) throws ScenarioException;
    }

    private Optional<String> edit(Edit change) {
        LessonSetup current = setup.get();
        if (current == null) {
            return Optional.of("no lesson is open");
        }
        try {
            LessonSetup edited = change.apply(current);
            return edited.equals(current) ? Optional.empty() : show(edited, true, true);
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
    }

    public Optional<String> resetParameters() {
        LessonSetup current = setup.get();
        if (current == null) {
            return Optional.empty();
        }
        LessonSetup defaults = LessonSetup.defaults(current.lesson());
        return defaults.equals(current) ? Optional.empty() : show(defaults, true, true);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(setup.get());
            show(undo.pop(), true, false);
        }
        updateHistory();
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(setup.get());
            show(redo.pop(), true, false);
        }
        updateHistory();
    }

    /** Opens a scenario file; on any problem the current lesson stays as it was. */
    public Optional<String> openScenario(Path file) {
        try {
            LessonSetup opened = LessonSetup.fromDocument(catalog, files.read(file));
            return show(opened, false, false);
        } catch (ScenarioException | UnknownLessonException e) {
            return Optional.of(e.getMessage());
        }
    }

    public Optional<String> saveScenario(Path file) {
        if (setup.get() == null) {
            return Optional.of("no lesson is open");
        }
        try {
            files.write(file, setup.get().toDocument());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not save " + file + ": " + e.getMessage());
        }
    }

    /** Writes the trace's packets as a capture on one lane (a host, a router, a NAT) would see them. */
    public Optional<String> exportPcap(Path file, String lane) {
        Trace trace = player.getTrace();
        if (trace == null) {
            return Optional.of("no lesson is open");
        }
        if (trace.lanes().stream().noneMatch(l -> l.id().equals(lane))) {
            return Optional.of("this lesson has no capture point \"" + lane + "\"");
        }
        try {
            AtomicFiles.write(file, out -> PcapExport.write(trace, lane, out));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not export " + file + ": " + e.getMessage());
        }
    }

    public void scaleFont(double factor) {
        fontScale.set(Math.max(AppSettings.MIN_SCALE, Math.min(AppSettings.MAX_SCALE,
                Math.round(fontScale.get() * factor * 20) / 20.0)));
    }

    private Optional<String> show(LessonSetup next, boolean keepStep, boolean recordUndo) {
        Trace trace;
        try {
            trace = next.simulate();
        } catch (IllegalArgumentException e) {
            return Optional.of("These parameters cannot be simulated: " + e.getMessage());
        }
        LessonSetup previous = setup.get();
        boolean sameLesson = previous != null && previous.lesson().id().equals(next.lesson().id());
        if (recordUndo && previous != null) {
            undo.push(previous);
            redo.clear();
        } else if (!sameLesson || !keepStep) {
            undo.clear();
            redo.clear();
        }
        updateHistory();
        setup.set(next);
        player.setTrace(trace, keepStep && sameLesson);
        return Optional.empty();
    }

    private void updateHistory() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
