package org.wirewise.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.lesson.Chapter;

/**
 * Reads a question file: {@code key: value} lines, a line that starts with a space continuing the
 * value above it, {@code #} comments, and {@code id:} starting each question. The first field is
 * {@code format: wirewise-questions 1}; a newer version is refused. Keys: id, chapter, kind,
 * prompt, choice (and {@code choice*} for the right one), generator, unit, answer, point,
 * mistake, see ({@code LESSON STEP [key=value ...] | caption}).
 */
public final class QuestionFile {

    static final String FORMAT = "wirewise-questions";
    static final int VERSION = 1;

    private QuestionFile() {
    }

    /** A question file that cannot be read, with the file and line it stopped at. */
    public static final class FormatException extends Exception {
        FormatException(String source, int line, String message) {
            super(source + ":" + line + ": " + message);
        }
    }

    /** The questions of one file, in the order written. */
    public static List<Question> parse(String source, String text) throws FormatException {
        List<Field> fields = fields(source, text);
        if (fields.isEmpty() || !fields.get(0).key.equals("format")) {
            throw new FormatException(source, 1, "the first field must be \"format: " + FORMAT + " " + VERSION + "\"");
        }
        Field format = fields.get(0);
        String[] words = format.value.split(" ");
        if (words.length != 2 || !words[0].equals(FORMAT) || !words[1].matches("[0-9]{1,3}")) {
            throw new FormatException(source, format.line, "expected \"" + FORMAT + " " + VERSION + "\", got \""
                    + format.value + "\"");
        }
        if (Integer.parseInt(words[1]) > VERSION) {
            throw new FormatException(source, format.line, "version " + words[1] + " is newer than this program reads ("
                    + VERSION + ")");
        }
        List<Question> questions = new ArrayList<>();
        Builder current = null;
        for (Field f : fields.subList(1, fields.size())) {
            if (f.key.equals("id")) {
                if (current != null) {
                    questions.add(current.build());
                }
                current = new Builder(source, f);
            } else if (current == null) {
                throw new FormatException(source, f.line, "\"" + f.key + "\" before the first \"id:\"");
            } else {
                current.add(f);
            }
        }
        if (current != null) {
            questions.add(current.build());
        }
        return questions;
    }

    private record Field(String key, String value, int line) {
    }

    private static List<Field> fields(String source, String text) throws FormatException {
        List<Field> fields = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (fields.isEmpty()) {
                    throw new FormatException(source, i + 1, "a continued line with nothing above it");
                }
                Field last = fields.remove(fields.size() - 1);
                fields.add(new Field(last.key, last.value + " " + line.strip(), last.line));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new FormatException(source, i + 1, "expected \"key: value\", got \"" + line.strip() + "\"");
            }
            fields.add(new Field(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), i + 1));
        }
        return fields;
    }

    /** One question's fields as they are read. */
    private static final class Builder {
        private final String source;
        private final int line;
        private final String id;
        private Chapter chapter;
        private Question.Kind kind;
        private String prompt;
        private String answer;
        private String generator = "";
        private final List<String> choices = new ArrayList<>();
        private int correct = -1;
        private final List<String> points = new ArrayList<>();
        private final List<String> mistakes = new ArrayList<>();
        private final List<SeeIt> seeIt = new ArrayList<>();

        Builder(String source, Field id) throws FormatException {
            this.source = source;
            this.line = id.line;
            if (!id.value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new FormatException(source, id.line, "an id is lower-case words joined by '-', got \"" + id.value + "\"");
            }
            this.id = id.value;
        }

        void add(Field f) throws FormatException {
            switch (f.key) {
                case "chapter" -> chapter = ChapterNames.parse(f.value).orElseThrow(() ->
                        new FormatException(source, f.line, "unknown chapter \"" + f.value + "\""));
                case "kind" -> kind = kind(f);
                case "prompt" -> prompt = f.value;
                case "answer" -> answer = f.value;
                case "generator" -> generator = f.value;
                case "choice" -> choices.add(f.value);
                case "choice*" -> {
                    if (correct >= 0) {
                        throw new FormatException(source, f.line, "a second right choice");
                    }
                    correct = choices.size();
                    choices.add(f.value);
                }
                case "point" -> points.add(f.value);
                case "mistake" -> mistakes.add(f.value);
                case "see" -> seeIt.add(see(f));
                default -> throw new FormatException(source, f.line, "unknown field \"" + f.key + "\"");
            }
        }

        private Question.Kind kind(Field f) throws FormatException {
            try {
                return Question.Kind.valueOf(f.value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FormatException(source, f.line, "kind is choice, numeric or open, got \"" + f.value + "\"");
            }
        }

        private SeeIt see(Field f) throws FormatException {
            int bar = f.value.indexOf('|');
            String[] words = (bar < 0 ? f.value : f.value.substring(0, bar)).strip().split("\\s+");
            String caption = bar < 0 ? "" : f.value.substring(bar + 1).strip();
            if (words.length < 2 || !words[1].matches("[1-9][0-9]{0,3}") || caption.isEmpty()) {
                throw new FormatException(source, f.line, "expected \"see: LESSON STEP [key=value ...] | caption\"");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 2; i < words.length; i++) {
                int eq = words[i].indexOf('=');
                if (eq <= 0) {
                    throw new FormatException(source, f.line, "a parameter is key=value, got \"" + words[i] + "\"");
                }
                parameters.put(words[i].substring(0, eq), words[i].substring(eq + 1));
            }
            return new SeeIt(words[0], Integer.parseInt(words[1]), parameters, caption);
        }

        Question build() throws FormatException {
            if (chapter == null || kind == null || prompt == null || answer == null) {
                throw new FormatException(source, line, id + ": chapter, kind, prompt and answer are required");
            }
            try {
                return new Question(id, chapter, kind, prompt, choices, correct, generator, null, answer, points,
                        mistakes, seeIt);
            } catch (IllegalArgumentException e) {
                throw new FormatException(source, line, e.getMessage());
            }
        }
    }
}
