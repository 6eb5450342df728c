package org.wirewise.model.tcp;

import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code drop} parameter of the TCP lessons: packet numbers, as the diagram numbers them
 * (#1 is the first packet sent), separated by commas. Each number counts in the run where the
 * earlier ones were already lost, which is the run the learner is looking at when choosing it.
 */
public final class DropList {

    public static final int MAX_PACKET = 10_000;

    private DropList() {
    }

    /** Parses "", "3" or "3, 7"; anything else is an IllegalArgumentException naming the field. */
    public static Set<Integer> parse(String text) {
        Set<Integer> numbers = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return numbers;
        }
        for (String part : text.split(",")) {
            String p = part.trim().replaceFirst("^#", "");
            int n;
            try {
                n = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("drop: expected packet numbers separated by commas, such as "
                        + "3 or 3,7; \"" + part.trim() + "\" is not a number");
            }
            if (n < 1 || n > MAX_PACKET) {
                throw new IllegalArgumentException("drop: packet numbers run from 1 to " + MAX_PACKET + ", got " + n);
            }
            numbers.add(n);
        }
        return numbers;
    }

    /** The text form, "3,7", of a set of packet numbers. */
    public static String format(Set<Integer> numbers) {
        return String.join(",", new TreeSet<>(numbers).stream().map(String::valueOf).toList());
    }
}
