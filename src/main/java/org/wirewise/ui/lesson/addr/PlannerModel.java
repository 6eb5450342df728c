package org.wirewise.ui.lesson.addr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.wirewise.lesson.addr.VpcPlanFiles;
import org.wirewise.model.addr.AddressFormatException;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.addr.TierKind;
import org.wirewise.model.addr.VpcPlan;
import org.wirewise.model.addr.VpcPlanner;
import org.wirewise.model.text.Texts;
import org.wirewise.scenario.ScenarioException;

/**
 * The VPC planner's presentation model: the plan being edited, undo and redo of every edit, the
 * file it was saved to, and the message of the last refused action. Edits that cannot be made
 * return their reason and leave the plan as it was; it needs no window, so tests drive it directly.
 */
public final class PlannerModel {

    /** One edit of a plan, which may refuse with a message. */
    @FunctionalInterface
    private interface Edit {
        VpcPlan apply(VpcPlan plan);
    }

    private final ReadOnlyObjectWrapper<VpcPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper lessonPlanWaiting = new ReadOnlyBooleanWrapper(this, "lessonPlanWaiting");
    private VpcPlan waitingLessonPlan;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final Deque<VpcPlan> undo = new ArrayDeque<>();
    private final Deque<VpcPlan> redo = new ArrayDeque<>();
    private final Locale language;
    private final Texts words;

    /** A planner that speaks English (tests, the command line's language). */
    public PlannerModel() {
        this(Locale.ENGLISH);
    }

    /** A planner whose messages and problems are in {@code language} (the window's). */
    public PlannerModel(Locale language) {
        this.language = Texts.supported(language);
        this.words = AddrViews.words(this.language);
    }

    public Locale language() {
        return language;
    }

    public ReadOnlyObjectProperty<VpcPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public VpcPlan getPlan() {
        return plan.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True when the plan has edits not yet saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** What went wrong with the last action, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** What is wrong with the plan now, one sentence each. */
    public List<String> problems() {
        return plan.get() == null ? List.of() : VpcPlanner.problems(plan.get(), language);
    }

    /** True when the lesson's plan changed while the planner held unsaved edits. */
    public ReadOnlyBooleanProperty lessonPlanWaitingProperty() {
        return lessonPlanWaiting.getReadOnlyProperty();
    }

    /**
     * The lesson's parameters changed and it built a new plan. Without unsaved edits the planner
     * simply follows it; with them, the edits stay (they are the user's work) and the new plan
     * waits until {@link #takeLessonPlan()} is asked for.
     */
    public void lessonChanged(VpcPlan lessonPlan) {
        if (plan.get() == null || !dirty.get()) {
            load(lessonPlan);
            return;
        }
        waitingLessonPlan = lessonPlan;
        lessonPlanWaiting.set(true);
        message.set(words.get("planner.lessonChanged"));
    }

    /** Replaces the plan with the lesson's newer one, as an edit that Undo reverses. */
    public Optional<String> takeLessonPlan() {
        if (waitingLessonPlan == null) {
            return Optional.empty();
        }
        VpcPlan taken = waitingLessonPlan;
        waitingLessonPlan = null;
        lessonPlanWaiting.set(false);
        return edit(p -> taken);
    }

    /** Starts from a plan (the lesson's), forgetting history and file. */
    public void load(VpcPlan start) {
        waitingLessonPlan = null;
        lessonPlanWaiting.set(false);
        undo.clear();
        redo.clear();
        file.set(null);
        dirty.set(false);
        message.set("");
        plan.set(start);
        updateHistory();
    }

    public Optional<String> addZone() {
        return edit(VpcPlanner::addZone);
    }

    public Optional<String> removeZone(String zone) {
        return edit(p -> VpcPlanner.removeZone(p, zone));
    }

    public Optional<String> addTier(String name, TierKind kind, int prefix) {
        return edit(p -> VpcPlanner.addTier(p, name == null ? "" : name.strip(), kind, prefix));
    }

    public Optional<String> removeTier(String name) {
        return edit(p -> VpcPlanner.removeTier(p, name));
    }

    public Optional<String> setTierKind(String name, TierKind kind) {
        return edit(p -> VpcPlanner.setTierKind(p, name, kind));
    }

    public Optional<String> resize(String zone, String tier, int prefix) {
        return edit(p -> VpcPlanner.resize(p, zone, tier, prefix));
    }

    /** Sets a subnet's block from typed text; a block that overlaps or leaves the VPC is kept and flagged. */
    public Optional<String> setBlock(String zone, String tier, String text) {
        return edit(p -> VpcPlanner.setBlock(p, zone, tier, Cidr.parse(text == null ? "" : text.strip())));
    }

    public Optional<String> setDualStack(boolean on) {
        return edit(p -> VpcPlanner.setDualStack(p, on));
    }

    private Optional<String> edit(Edit change) {
        VpcPlan current = plan.get();
        if (current == null) {
            return fail(words.get("planner.noPlan"));
        }
        VpcPlan next;
        try {
            next = change.apply(current);
        } catch (AddressFormatException e) {
            return fail(e.getMessage(language));
        }
        message.set("");
        if (next.equals(current)) {
            return Optional.empty();
        }
        undo.push(current);
        redo.clear();
        dirty.set(true);
        plan.set(next);
        updateHistory();
        return Optional.empty();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(plan.get());
            plan.set(undo.pop());
            dirty.set(true);
            message.set("");
            updateHistory();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(plan.get());
            plan.set(redo.pop());
            dirty.set(true);
            message.set("");
            updateHistory();
        }
    }

    /** Saves the plan as JSON, atomically. */
    public Optional<String> save(Path target) {
        try {
            VpcPlanFiles.save(plan.get(), target);
        } catch (IOException e) {
            return fail(words.get("planner.cannotSave", target, e.getMessage()));
        }
        file.set(target);
        dirty.set(false);
        message.set("");
        return Optional.empty();
    }

    /** Opens a saved plan; opening is an edit, so undo returns to the plan before it. */
    public Optional<String> open(Path source) {
        VpcPlan opened;
        try {
            opened = VpcPlanFiles.open(source, language);
        } catch (IOException e) {
            return fail(words.get("planner.cannotRead", source, e.getMessage()));
        } catch (ScenarioException e) {
            return fail(source.getFileName() + ": " + e.getMessage());
        }
        Optional<String> result = edit(p -> opened);
        file.set(source);
        dirty.set(false);
        return result;
    }

    public Optional<String> exportCsv(Path target) {
        try {
            VpcPlanFiles.exportCsv(plan.get(), target);
        } catch (IOException e) {
            return fail(words.get("planner.cannotExport", target, e.getMessage()));
        }
        message.set("");
        return Optional.empty();
    }

    private Optional<String> fail(String why) {
        message.set(why);
        return Optional.of(why);
    }

    private void updateHistory() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
