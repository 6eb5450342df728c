package org.wirewise.practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.wirewise.lesson.Chapter;

/**
 * The interview questions, immutable, read from the versioned files under
 * {@code org/wirewise/practice/questions/} (listed in its {@code index.txt}, one file per chapter).
 * Drawing a set takes a seed: the same seed gives the same questions and numbers.
 */
public final class QuestionBank {

    private static final String FOLDER = "/org/wirewise/practice/questions/";

    private final List<Question> questions;

    public QuestionBank(List<Question> questions) {
        this.questions = List.copyOf(questions);
        Set<String> ids = new HashSet<>();
        for (Question q : this.questions) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("two questions have the id " + q.id());
            }
            if (q.kind() == Question.Kind.NUMERIC && NumericGenerators.named(q.generator()) == null) {
                throw new IllegalArgumentException(q.id() + ": no generator named " + q.generator());
            }
        }
    }

    /** The bank that ships with the program. A damaged file is a build fault: the tests read every one. */
    public static QuestionBank standard() {
        List<Question> all = new ArrayList<>();
        try {
            for (String line : resource("index.txt").split("\n")) {
                String file = line.strip();
                if (!file.isEmpty() && !file.startsWith("#")) {
                    all.addAll(QuestionFile.parse(file, resource(file)));
                }
            }
        } catch (IOException | QuestionFile.FormatException e) {
            throw new IllegalStateException("the question bank cannot be read: " + e.getMessage(), e);
        }
        return new QuestionBank(all);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QuestionBank.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException(FOLDER + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every question, numeric ones as templates. */
    public List<Question> all() {
        return questions;
    }

    /** The questions of one chapter, or of all of them when {@code chapter} is null. */
    public List<Question> of(Chapter chapter) {
        return questions.stream().filter(q -> chapter == null || q.chapter() == chapter).toList();
    }

    /** The chapters that have questions, in teaching order. */
    public Set<Chapter> chapters() {
        Set<Chapter> chapters = EnumSet.noneOf(Chapter.class);
        questions.forEach(q -> chapters.add(q.chapter()));
        return chapters;
    }

    /**
     * {@code count} different questions of a chapter (null: every chapter) in an order drawn from
     * {@code seed}, numeric ones with values drawn from it too.
     */
    public List<Question> draw(Chapter chapter, int count, long seed) {
        List<Question> pool = new ArrayList<>(of(chapter));
        if (count < 1 || count > pool.size()) {
            throw new IllegalArgumentException("count must be from 1 to " + pool.size() + ", got " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = pool.size() - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            pool.set(j, pool.set(i, pool.get(j)));
        }
        return pool.subList(0, count).stream().map(q -> generated(q, seed)).toList();
    }

    /** A question as drawn with {@code seed}: a numeric template gets its values, the others stay as they are. */
    public static Question generated(Question q, long seed) {
        if (!q.template()) {
            return q;
        }
        // Each question its own stream, so adding a question to the bank does not change another's numbers.
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + q.id().hashCode());
        NumericGenerators.Drawn drawn = NumericGenerators.named(q.generator()).draw(random);
        return q.generated(drawn.values(), drawn.number());
    }
}
