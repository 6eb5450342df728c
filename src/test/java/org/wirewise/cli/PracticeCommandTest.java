package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.practice.ProgressFile;
import org.junit.jupiter.api.Test;
import org.wirewise.lesson.Chapter;
import org.wirewise.practice.Answers;
import org.wirewise.practice.Question;
import org.wirewise.practice.QuestionBank;

/** {@code wirewise practice} driven with a given standard input, as a learner at a terminal. */
class PracticeCommandTest extends CommandLineHarness {

    private final InputStream originalIn = System.in;
    private final String originalConfig = System.getProperty("wirewise.config.dir");

    @TempDir
    Path config;

    @BeforeEach
    void ownSettingsFolder() {
        System.setProperty("wirewise.config.dir", config.toString());
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
        if (originalConfig == null) {
            System.clearProperty("wirewise.config.dir");
        } else {
            System.setProperty("wirewise.config.dir", originalConfig);
        }
    }

    private int practise(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        String[] all = new String[args.length + 1];
        all[0] = "practice";
        System.arraycopy(args, 0, all, 1, args.length);
        return run(all);
    }

    /** The answers a learner who knows everything would type for these questions. */
    private static String rightAnswers(List<Question> questions) {
        StringBuilder in = new StringBuilder();
        for (Question q : questions) {
            switch (q.kind()) {
                case CHOICE -> in.append(Answers.letter(q.correct())).append('\n');
                case NUMERIC -> in.append(q.number().value().toPlainString()).append('\n');
                case OPEN -> in.append("My answer.\n\nall\n");
            }
        }
        return in.toString();
    }

    @Test
    void rightAnswersAreCheckedAndSummarised() {
        List<Question> drawn = QuestionBank.standard().draw(Chapter.NAT, 6, 77);
        assertThat(practise(rightAnswers(drawn), "--chapter", "nat", "--count", "6", "--seed", "77")).isZero();
        String printed = stdoutText();
        assertThat(printed).startsWith("Wirewise interview practice: 6 questions, NAT, seed 77");
        assertThat(printed).contains("Question 6 of 6 · NAT");
        assertThat(printed).contains("6 of 6 answered, 6 fully right; score 100 %.");
        assertThat(printed).contains("Nothing to revisit");
        assertThat(printed).contains("Progress recorded in " + ProgressFile.file(config));
        assertThat(err.toString()).isEmpty();
        assertThat(ProgressFile.load(config).progress().of(Chapter.NAT).answered()).isEqualTo(6);
    }

    @Test
    void noSaveLeavesProgressAlone() {
        List<Question> drawn = QuestionBank.standard().draw(Chapter.TCP, 2, 3);
        assertThat(practise(rightAnswers(drawn), "--chapter", "tcp", "--count", "2", "--seed", "3", "--no-save")).isZero();
        assertThat(Files.exists(ProgressFile.file(config))).isFalse();
    }

    @Test
    void aDamagedProgressFileIsReportedAndReplacedAndAnUnwritableOneEndsWithAMessage() throws Exception {
        Files.writeString(ProgressFile.file(config), "chapter.tcp.answered=x");
        List<Question> drawn = QuestionBank.standard().draw(Chapter.TCP, 1, 4);
        assertThat(practise(rightAnswers(drawn), "--chapter", "tcp", "--count", "1", "--seed", "4")).isZero();
        assertThat(err.toString()).startsWith("wirewise: Practice progress in " + ProgressFile.file(config)
                + " could not be read");
        assertThat(ProgressFile.load(config).progress().of(Chapter.TCP).answered()).isEqualTo(1);

        err.getBuffer().setLength(0);
        Path file = config.resolve("a-file");
        Files.writeString(file, "");
        System.setProperty("wirewise.config.dir", file.toString());
        assertThat(practise(rightAnswers(drawn), "--chapter", "tcp", "--count", "1", "--seed", "4")).isEqualTo(2);
        assertThat(stdoutText()).contains("1 of 1 answered");
        assertThat(err.toString()).startsWith("wirewise: Practice progress was not saved in " + file.resolve(
                "practice-progress.properties") + ": ").doesNotContain("Exception");
    }

    @Test
    void wrongAnswersListWhatToRevisitAndWhereTheLessonsShowIt() {
        List<Question> drawn = QuestionBank.standard().draw(Chapter.IP_ADDRESSING, 4, 5);
        StringBuilder in = new StringBuilder();
        for (Question q : drawn) {
            switch (q.kind()) {
                case CHOICE -> in.append(Answers.letter((q.correct() + 1) % q.choices().size())).append('\n');
                case NUMERIC -> in.append(q.number().value().multiply(java.math.BigDecimal.valueOf(2)).add(java.math.BigDecimal.ONE)).append('\n');
                case OPEN -> in.append("I do not know.\n\nnone\n");
            }
        }
        assertThat(practise(in.toString(), "--chapter", "ip-addressing", "--count", "4", "--seed", "5")).isZero();
        String printed = stdoutText();
        assertThat(printed).contains("4 of 4 answered, 0 fully right; score 0 %.");
        assertThat(printed).contains("What to revisit:");
        for (Question q : drawn) {
            assertThat(printed).contains("See it in " + q.seeIt().get(0).address());
        }
    }

    @Test
    void anAnswerThatCannotBeReadIsExplainedAndAskedAgain() {
        List<Question> drawn = QuestionBank.standard().draw(Chapter.CONGESTION_CONTROL, 3, 9);
        String in = drawn.stream().map(q -> switch (q.kind()) {
            case CHOICE -> "z\n" + Answers.letter(q.correct()) + "\n";
            case NUMERIC -> "lots\n" + q.number().value().toPlainString() + "\n";
            case OPEN -> "Words.\n\n1 2 99\nall\n";
        }).reduce("", String::concat);
        assertThat(practise(in, "--chapter", "congestion-control", "--count", "3", "--seed", "9")).isZero();
        String printed = stdoutText();
        assertThat(printed).containsAnyOf("expected a letter from a to d (or a number from 1 to 4), got \"z\". Try again.",
                "expected a number such as 4096, 4,096 or 1.5e6 (in segments), got \"lots\". Try again.",
                "got \"1 2 99\". Try again.");
        assertThat(printed).contains("3 of 3 answered, 3 fully right");
        assertThat(printed).doesNotContain("Exception");
    }

    @Test
    void inputThatEndsEarlyStillGivesASummary() {
        assertThat(practise("", "--chapter", "tcp", "--count", "2", "--seed", "1")).isZero();
        assertThat(stdoutText()).contains("Standard input ended after 0 of 2 questions.")
                .contains("0 of 2 answered");
    }

    @Test
    void badOptionsSayWhatIsAllowed() {
        // Practice is a chapter with no lessons, so no questions: the message lists the chapters that have some.
        assertThat(practise("", "--chapter", "practice")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("wirewise: --chapter: expected one of protocol-stack, "
                + "ip-addressing, tcp, congestion-control, http, real-time, security, dns, performance, nat, journey, "
                + "mixed, got \"practice\"");
        err.getBuffer().setLength(0);
        int tcp = QuestionBank.standard().of(Chapter.TCP).size();
        assertThat(practise("", "--chapter", "tcp", "--count", "999")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("wirewise: --count: expected a whole number from 1 to " + tcp
                + ", got 999");
        err.getBuffer().setLength(0);
        assertThat(practise("", "--seed", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("--seed").doesNotContain("Exception");
    }

    @Test
    void withoutASeedEachRunDrawsItsOwnAndPrintsIt() {
        assertThat(practise("", "--count", "1")).isZero();
        assertThat(stdoutText()).containsPattern("seed [0-9]+ \\(--seed [0-9]+ asks the same questions again\\)");
    }
}
