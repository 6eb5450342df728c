package org.wirewise.practice;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Locale;
import org.wirewise.scenario.Excerpt;

/**
 * Reads what a learner typed: a choice's letter, a number, the points they covered. Every refusal
 * is an {@link AnswerException} whose message says what was wrong and what is allowed.
 */
public final class Answers {

    private Answers() {
    }

    /** A typed answer that cannot be read; the message is for the learner. */
    public static final class AnswerException extends Exception {
        AnswerException(String message) {
            super(message);
        }
    }

    /** The letter of option {@code index} (0 → "a"). */
    public static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }

    /** A choice by letter ("b") or number ("2"), as an index from 0. */
    public static int choice(String typed, int options) throws AnswerException {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.length() == 1 && t.charAt(0) >= 'a' && t.charAt(0) < 'a' + options) {
            return t.charAt(0) - 'a';
        }
        if (t.matches("[0-9]{1,2}") && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= options) {
            return Integer.parseInt(t) - 1;
        }
        throw new AnswerException(PracticeText.badChoice(Excerpt.quoted(String.valueOf(typed)), letter(options - 1), options));
    }

    /**
     * A number as people write it: digits with optional thousands separators (commas, spaces,
     * underscores), a decimal point, an exponent ("1.25e7"), optionally followed by the unit.
     */
    public static BigDecimal number(String typed, String unit) throws AnswerException {
        String t = typed == null ? "" : typed.strip();
        if (!unit.isEmpty() && t.toLowerCase(Locale.ROOT).endsWith(unit.toLowerCase(Locale.ROOT))) {
            t = t.substring(0, t.length() - unit.length()).strip();
        }
        String digits = t.replaceAll("(?<=[0-9])[,_ \u00a0\u202f](?=[0-9]{3})", "");
        if (digits.length() > Excerpt.MAX_CHARS || !digits.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]{1,3})?")) {
            throw new AnswerException(PracticeText.badNumber(Excerpt.quoted(String.valueOf(typed)), unit));
        }
        return new BigDecimal(digits);
    }

    /**
     * The points covered, by number from 1, separated by commas or spaces; "none" or nothing for
     * none, "all" for every one.
     */
    public static BitSet points(String typed, int count) throws AnswerException {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        BitSet covered = new BitSet(count);
        if (t.isEmpty() || t.equals("none") || t.equals("-")) {
            return covered;
        }
        if (t.equals("all")) {
            covered.set(0, count);
            return covered;
        }
        for (String word : t.split("[,\\s]+")) {
            if (!word.matches("[0-9]{1,3}") || Integer.parseInt(word) < 1 || Integer.parseInt(word) > count) {
                throw new AnswerException(PracticeText.badPoints(Excerpt.quoted(String.valueOf(typed)), count));
            }
            covered.set(Integer.parseInt(word) - 1);
        }
        return covered;
    }
}
