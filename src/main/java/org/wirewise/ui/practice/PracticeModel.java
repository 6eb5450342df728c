package org.wirewise.ui.practice;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.wirewise.lesson.Chapter;
import org.wirewise.practice.Answers;
import org.wirewise.practice.Outcome;
import org.wirewise.practice.PracticeChoices;
import org.wirewise.practice.PracticeProgress;
import org.wirewise.practice.PracticeSession;
import org.wirewise.practice.PracticeText;
import org.wirewise.practice.ProgressFile;
import org.wirewise.practice.Question;
import org.wirewise.practice.QuestionBank;
import org.wirewise.scenario.AtomicFiles;
import org.wirewise.scenario.ScenarioException;

/**
 * The practice page's presentation model: the learner's choices (chapter or mixed, practice or
 * mock interview, how many questions), the session under way, the mock interview's clock (driven
 * by {@link #advance(long)}, never the wall clock) and the progress kept in the settings folder.
 * Tested without a window; the page binds to it and forwards clicks and keys.
 */
public final class PracticeModel {

    /** What the page shows. */
    public enum Screen {
        /** Choose a chapter and a mode. */
        CHOOSE,
        /** A question, and after an answer its verdict and model answer. */
        QUESTION,
        /** The end of a session: covered points and gaps. */
        SUMMARY
    }

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final QuestionBank bank;
    private final Path folder;
    private final LongSupplier seeds;
    private final ObjectProperty<Chapter> chapter = new SimpleObjectProperty<>(this, "chapter", null);
    private final BooleanProperty mock = new SimpleBooleanProperty(this, "mock", false);
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", PracticeChoices.MOCK_QUESTIONS);
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.CHOOSE);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");
    private final ReadOnlyObjectWrapper<PracticeProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private PracticeSession session;

    /**
     * @param bank   the questions
     * @param folder the settings folder, where progress is kept
     * @param seeds  a new seed for each session (the app draws one; tests give fixed ones)
     */
    public PracticeModel(QuestionBank bank, Path folder, LongSupplier seeds) {
        this.bank = bank;
        this.folder = folder;
        this.seeds = seeds;
        ProgressFile.Loaded loaded = ProgressFile.load(folder);
        progress.set(loaded.progress());
        loaded.problem().ifPresent(problem::set);
    }

    public QuestionBank bank() {
        return bank;
    }

    /** The chapter to practise; null for mixed. */
    public ObjectProperty<Chapter> chapterProperty() {
        return chapter;
    }

    /** Mock interview (timed, five questions) rather than practice. */
    public BooleanProperty mockProperty() {
        return mock;
    }

    /** Questions in a practice session. */
    public IntegerProperty countProperty() {
        return count;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** Changes whenever the session moves on, so the page knows to redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** "24:59 left" in a mock interview; empty otherwise. */
    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PracticeProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last problem with the progress file, for the page to show; empty when there is none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The session under way, or the last one; null before the first. */
    public PracticeSession session() {
        return session;
    }

    /** The most questions the chosen chapter offers. */
    public int maxCount() {
        return bank.of(chapter.get()).size();
    }

    /** Starts a session as chosen. Returns the problem when the choice cannot be used. */
    public Optional<String> start() {
        int n = mock.get() ? Math.min(PracticeChoices.MOCK_QUESTIONS, maxCount()) : count.get();
        try {
            n = ((Number) PracticeChoices.count(bank, chapter.get()).check((long) n)).intValue();
        } catch (ScenarioException e) {
            return Optional.of(e.getMessage());
        }
        List<Question> questions = bank.draw(chapter.get(), n, seeds.getAsLong());
        session = new PracticeSession(questions, mock.get() ? PracticeChoices.MOCK_MINUTES * NANOS_PER_MINUTE : 0);
        screen.set(Screen.QUESTION);
        changed();
        return Optional.empty();
    }

    public void choose(int option) {
        record(session.answerChoice(option));
    }

    /** Checks a typed number; returns why it cannot be read, leaving the question open. */
    public Optional<String> submitNumber(String typed) {
        try {
            BigDecimal value = Answers.number(typed, session.current().number().unit());
            record(session.answerNumber(value));
            return Optional.empty();
        } catch (Answers.AnswerException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Keeps the learner's own answer and shows the checklist. */
    public void writeOpen(String text) {
        session.writeOpen(text);
        changed();
    }

    public void tick(BitSet covered) {
        record(session.tick(covered));
    }

    /** The next question, or the summary after the last. */
    public void next() {
        session.next();
        if (session.stage() == PracticeSession.Stage.FINISHED) {
            screen.set(Screen.SUMMARY);
        }
        changed();
    }

    /** Lets time pass in a mock interview; at the limit the session ends on its summary. */
    public void advance(long nanos) {
        if (session == null || !session.timed() || session.stage() == PracticeSession.Stage.FINISHED) {
            return;
        }
        boolean ended = session.advance(nanos);
        timeLeft.set(PracticeText.timeLeft(session.remainingNanos()));
        if (ended) {
            screen.set(Screen.SUMMARY);
            changed();
        }
    }

    /** Whether a mock interview's clock is running now. */
    public boolean clockRunning() {
        return screen.get() == Screen.QUESTION && session != null && session.timed()
                && session.stage() != PracticeSession.Stage.FINISHED;
    }

    /** Back to choosing; a session under way is abandoned (what was answered stays recorded). */
    public void backToChoice() {
        screen.set(Screen.CHOOSE);
        timeLeft.set("");
        changed();
    }

    /** Forgets every recorded answer, in memory and on disk. */
    public Optional<String> resetProgress() {
        progress.set(PracticeProgress.EMPTY);
        return save();
    }

    private void record(Outcome outcome) {
        progress.set(progress.get().with(outcome));
        save();
        changed();
    }

    private Optional<String> save() {
        try {
            ProgressFile.save(folder, progress.get());
            problem.set("");
            return Optional.empty();
        } catch (IOException e) {
            String message = PracticeText.PROGRESS_NOT_SAVED + ": " + AtomicFiles.reason(e);
            problem.set(message);
            return Optional.of(message);
        }
    }

    private void changed() {
        boolean ticking = session != null && session.timed() && screen.get() == Screen.QUESTION;
        timeLeft.set(ticking ? PracticeText.timeLeft(session.remainingNanos()) : "");
        revision.set(revision.get() + 1);
    }
}
