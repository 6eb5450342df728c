package org.wirewise.practice;

import java.util.Locale;
import org.wirewise.lesson.Chapter;

/**
 * Every sentence practice shows a learner, in the window and on the command line, in one place so
 * it can be translated. Question texts live in the question files.
 */
public final class PracticeText {

    private PracticeText() {
    }

    // Filled into the port-exhaustion question's answer.
    static final String PORTS_FIT = "that fits in the range, so connections keep succeeding";
    static final String PORTS_RUN_OUT = "that is more than the range holds, so connect() starts failing with "
            + "EADDRNOTAVAIL";

    // Window: titles, buttons, labels.
    public static final String PAGE_TITLE = "Interview practice";
    public static final String MIXED = "Mixed (every chapter)";
    public static final String MODE_PRACTICE = "Practice";
    public static final String MODE_MOCK = "Mock interview";
    public static final String START = "Start";
    public static final String CHECK = "Check";
    public static final String SHOW_CHECKLIST = "Show the model answer";
    public static final String DONE_TICKING = "Record the points I covered";
    public static final String NEXT = "Next question";
    public static final String FINISH = "See the summary";
    public static final String START_AGAIN = "Practise again";
    public static final String BACK_TO_LESSONS = "Back to the lessons";
    public static final String YOUR_ANSWER = "Your answer, in your own words (as you would say it in an interview)";
    public static final String TICK_WHAT_YOU_COVERED = "Tick the points your answer covered:";
    public static final String MODEL_ANSWER = "Model answer";
    public static final String KEY_POINTS = "Key points";
    public static final String COMMON_MISTAKES = "Common mistakes";
    public static final String SEE_IT = "See it in the lessons";
    public static final String PROGRESS = "Your progress (kept on this computer only)";
    public static final String RESET_PROGRESS = "Reset practice progress";
    public static final String RESET_CONFIRM = "Forget every practice answer recorded on this computer?";
    public static final String GAPS = "What to revisit";
    public static final String COVERED = "What you covered";
    public static final String NO_GAPS = "Nothing to revisit: every point covered.";
    public static final String CHOOSE = "Choose a chapter and a mode, then Start.";
    public static final String RIGHT = "Right.";
    public static final String PROGRESS_NOT_SAVED = "Practice progress was not saved";

    public static String chapter(Chapter chapter) {
        return chapter == null ? MIXED : chapter.displayName();
    }

    public static String kind(Question.Kind kind) {
        return switch (kind) {
            case CHOICE -> "choose one";
            case NUMERIC -> "a number";
            case OPEN -> "in your own words";
        };
    }

    /** "Question 2 of 5 · TCP · a number". */
    public static String heading(int index, int count, Question q) {
        return "Question " + (index + 1) + " of " + count + " · " + q.chapter().displayName() + " · " + kind(q.kind());
    }

    public static String wrongChoice(String rightLetter, String rightText) {
        return "Not quite: the answer is " + rightLetter + ") " + rightText + ".";
    }

    public static String wrongNumber(String typed, String model, String unit) {
        return "Not quite: you said " + typed + "; the model computes " + model + " " + unit + ".";
    }

    public static String notQuite(String model, String unit) {
        return "Not quite: the model computes " + model + " " + unit + ".";
    }

    public static String rightNumber(String model, String unit) {
        return RIGHT + " The model computes " + model + " " + unit + ".";
    }

    public static String covered(int covered, int of) {
        return "You covered " + covered + " of " + of + " points.";
    }

    /** "4:59 left". */
    public static String timeLeft(long nanos) {
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d left", seconds / 60, seconds % 60);
    }

    public static String mockLength(int questions, int minutes) {
        return questions + " questions in " + minutes + " minutes";
    }

    public static String summary(Summary s) {
        return String.format(Locale.ROOT, "%d of %d answered, %d fully right; score %d %%.", s.answered(), s.asked(),
                s.right(), s.percent());
    }

    public static String timeUp() {
        return "Time is up. Questions not answered count as not covered.";
    }

    public static String chapterProgress(Chapter chapter, PracticeProgress.Tally t) {
        return t.answered() == 0 ? chapter.displayName() + ": not practised yet"
                : String.format(Locale.ROOT, "%s: %d answered, %d %%", chapter.displayName(), t.answered(), t.percent());
    }

    // Command line.
    public static String cliIntro(int count, Chapter chapter, long seed) {
        return "Wirewise interview practice: " + count + " question" + (count == 1 ? "" : "s") + ", " + chapter(chapter)
                + ", seed " + seed + " (--seed " + seed + " asks the same questions again).";
    }

    public static final String CLI_OPEN_PROMPT = "Write your answer; an empty line ends it.";
    public static final String CLI_POINTS_PROMPT = "Which points did you cover? Their numbers (1 3), all, or none:";
    public static final String CLI_TRY_AGAIN = "Try again.";
    public static final String CLI_SEE_IT = "See it in ";

    public static String progressSaved(String file) {
        return "Progress recorded in " + file + " (the window's practice page shows it; --no-save leaves it alone).";
    }

    public static String cliChoicePrompt(int options) {
        return "Your answer (a to " + Answers.letter(options - 1) + "):";
    }

    public static String cliNumberPrompt(String unit) {
        return "Your answer, in " + unit + ":";
    }

    public static String cliInputEnded(int answered, int of) {
        return "Standard input ended after " + answered + " of " + of + " questions.";
    }

    // Refusals of typed answers.
    static String badChoice(String typed, String lastLetter, int options) {
        return "expected a letter from a to " + lastLetter + " (or a number from 1 to " + options + "), got " + typed;
    }

    static String badNumber(String typed, String unit) {
        return "expected a number such as 4096, 4,096 or 1.5e6" + (unit.isEmpty() ? "" : " (in " + unit + ")")
                + ", got " + typed;
    }

    static String badPoints(String typed, int count) {
        return "expected the numbers of the points you covered, from 1 to " + count
                + ", separated by spaces or commas (or all, or none), got " + typed;
    }

    // Progress file.
    static String damagedProgress(String file, String why, String keptAs) {
        return "Practice progress in " + file + " could not be read (" + why + "); starting from zero. The damaged "
                + "file was kept as " + keptAs + ".";
    }
}
