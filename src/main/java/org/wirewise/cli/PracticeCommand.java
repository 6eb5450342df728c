package org.wirewise.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirewise.lesson.Chapter;
import org.wirewise.practice.Answers;
import org.wirewise.practice.Outcome;
import org.wirewise.practice.PracticeChoices;
import org.wirewise.practice.PracticeProgress;
import org.wirewise.practice.ProgressFile;
import org.wirewise.practice.PracticeSession;
import org.wirewise.practice.PracticeText;
import org.wirewise.practice.Question;
import org.wirewise.practice.QuestionBank;
import org.wirewise.practice.SeeIt;
import org.wirewise.practice.Summary;
import org.wirewise.scenario.ScenarioException;
import org.wirewise.scenario.SettingsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewise practice --chapter tcp --count 5 [--seed S]}: interview questions in a terminal.
 * Prints each question, reads the answer from standard input, checks it (choice and numeric at
 * once; open answers against their checklist, which the learner ticks), and ends with a summary of
 * what to revisit and where the lessons show it. A typed answer that cannot be read is explained
 * and asked again; options are checked by the same specs as the window's.
 */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = "Practise interview questions: answers are read from standard input and checked.")
public final class PracticeCommand implements Callable<Integer> {

    private static final int WIDTH = 96;

    @Option(names = "--chapter", paramLabel = "CHAPTER", description = "protocol-stack, ip-addressing, tcp, "
            + "congestion-control, nat, or mixed (default: ${DEFAULT-VALUE}).")
    String chapter = "mixed";

    @Option(names = "--count", paramLabel = "N", description = "How many questions (default: ${DEFAULT-VALUE}).")
    String count = "5";

    @Option(names = "--seed", paramLabel = "S", description = "Draws the questions and their numbers; the same seed "
            + "asks the same ones (default: a new seed each time, printed first).")
    Long seed;

    @Option(names = "--no-save", description = "Do not record the answers in the practice progress "
            + "(kept in the settings folder, as the window's practice page does).")
    boolean noSave;

    @Spec
    CommandSpec spec;

    private PrintWriter out;
    private BufferedReader in;

    @Override
    public Integer call() throws CliException {
        QuestionBank bank = QuestionBank.standard();
        Chapter chosen;
        int n;
        try {
            chosen = PracticeChoices.chapterOf(bank, chapter);
            n = ((Number) PracticeChoices.count(bank, chosen).parse(count)).intValue();
        } catch (ScenarioException e) {
            throw new CliException("--" + e.getMessage());
        }
        long s = seed != null ? seed : new java.util.SplittableRandom().nextLong() >>> 1; // a new set each run
        out = spec.commandLine().getOut();
        in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<Question> questions = bank.draw(chosen, n, s);
        PracticeSession session = new PracticeSession(questions, 0);
        out.println(PracticeText.cliIntro(n, chosen, s));
        try {
            while (session.stage() != PracticeSession.Stage.FINISHED) {
                if (!ask(session)) {
                    out.println();
                    out.println(PracticeText.cliInputEnded(session.outcomes().size(), n));
                    break;
                }
                session.next();
            }
        } catch (IOException e) {
            throw new CliException("cannot read standard input: " + e.getMessage());
        }
        summarise(session.summary());
        out.flush();
        if (!noSave) {
            record(session);
        }
        return 0;
    }

    /** Adds the answers to the progress the window shows; a damaged file is reported and replaced. */
    private void record(PracticeSession session) throws CliException {
        java.nio.file.Path folder = SettingsFolder.standard();
        ProgressFile.Loaded loaded = ProgressFile.load(folder);
        loaded.problem().ifPresent(p -> spec.commandLine().getErr().println("wirewise: " + p));
        PracticeProgress progress = loaded.progress();
        for (Outcome o : session.outcomes()) {
            progress = progress.with(o);
        }
        try {
            ProgressFile.save(folder, progress);
        } catch (IOException e) {
            throw new CliException(PracticeText.PROGRESS_NOT_SAVED + " in " + ProgressFile.file(folder) + ": "
                    + org.wirewise.scenario.AtomicFiles.reason(e));
        }
        out.println(PracticeText.progressSaved(ProgressFile.file(folder).toString()));
        out.flush();
    }

    /** Asks the current question and records the answer; false when standard input ended first. */
    private boolean ask(PracticeSession session) throws IOException {
        Question q = session.current();
        out.println();
        out.println(PracticeText.heading(session.index(), session.questions().size(), q));
        print(q.prompt(), "");
        Outcome outcome;
        switch (q.kind()) {
            case CHOICE -> {
                for (int i = 0; i < q.choices().size(); i++) {
                    print(q.choices().get(i), "  " + Answers.letter(i) + ") ");
                }
                Integer option = read(PracticeText.cliChoicePrompt(q.choices().size()), t -> Answers.choice(t, q.choices().size()));
                if (option == null) {
                    return false;
                }
                outcome = session.answerChoice(option);
                out.println(outcome.right() ? PracticeText.RIGHT
                        : PracticeText.wrongChoice(Answers.letter(q.correct()), q.choices().get(q.correct())));
            }
            case NUMERIC -> {
                Question.Number number = q.number();
                BigDecimal typed = read(PracticeText.cliNumberPrompt(number.unit()), t -> Answers.number(t, number.unit()));
                if (typed == null) {
                    return false;
                }
                outcome = session.answerNumber(typed);
                String model = q.number().value().toPlainString();
                out.println(outcome.right() ? PracticeText.rightNumber(model, number.unit())
                        : PracticeText.wrongNumber(typed.toPlainString(), model, number.unit()));
            }
            default -> {
                out.println(PracticeText.CLI_OPEN_PROMPT);
                out.flush();
                String line = in.readLine();
                if (line == null) {
                    return false;
                }
                StringBuilder written = new StringBuilder(line);
                while (!line.isBlank() && (line = in.readLine()) != null && !line.isBlank()) {
                    written.append('\n').append(line);
                }
                session.writeOpen(written.toString());
                out.println(PracticeText.KEY_POINTS + ":");
                for (int i = 0; i < q.points().size(); i++) {
                    print(q.points().get(i), String.format("  %d. ", i + 1));
                }
                BitSet covered = read(PracticeText.CLI_POINTS_PROMPT, t -> Answers.points(t, q.points().size()));
                if (covered == null) {
                    return false;
                }
                outcome = session.tick(covered);
                out.println(PracticeText.covered(covered.cardinality(), q.points().size()));
            }
        }
        explain(q);
        return true;
    }

    private void explain(Question q) {
        out.println(PracticeText.MODEL_ANSWER + ":");
        print(q.answer(), "  ");
        out.println(PracticeText.COMMON_MISTAKES + ":");
        q.mistakes().forEach(m -> print(m, "  - "));
        seeIt(q.seeIt());
    }

    private void seeIt(List<SeeIt> links) {
        for (SeeIt link : links) {
            print(PracticeText.CLI_SEE_IT + link.address() + ": " + link.caption(), "  > ");
        }
    }

    private void summarise(Summary summary) {
        out.println();
        out.println(PracticeText.summary(summary));
        if (summary.answered() == 0) {
            return;
        }
        if (!summary.covered().isEmpty()) {
            out.println(PracticeText.COVERED + ":");
            for (Summary.Covered c : summary.covered()) {
                print(c.question().prompt(), "* ");
                c.points().forEach(p -> print(p, "    + "));
            }
        }
        out.println(summary.gaps().isEmpty() ? PracticeText.NO_GAPS : PracticeText.GAPS + ":");
        for (Summary.Gap gap : summary.gaps()) {
            print(gap.question().prompt(), "* ");
            gap.missed().forEach(m -> print(m, "    - "));
            seeIt(gap.seeIt());
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(String typed) throws Answers.AnswerException;
    }

    /** Asks until the answer reads; null when input ends. */
    private <T> T read(String prompt, Reader<T> reader) throws IOException {
        while (true) {
            out.println(prompt);
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            try {
                return reader.read(line);
            } catch (Answers.AnswerException e) {
                out.println(e.getMessage() + ". " + PracticeText.CLI_TRY_AGAIN);
            }
        }
    }

    /** Prints text wrapped to the terminal width, the first line after {@code lead}, the rest under it. */
    private void print(String text, String lead) {
        String indent = " ".repeat(lead.length());
        StringBuilder line = new StringBuilder(lead);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > lead.length() && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
            }
            if (line.length() > lead.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }
}
