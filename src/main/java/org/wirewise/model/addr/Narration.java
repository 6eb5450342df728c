package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TraceBuilder;
import org.wirewise.model.trace.Variable;

/** Helpers the address lessons share: big numbers people can read, and steps with no simulated time. */
final class Narration {

    static final BigInteger WORLD_POPULATION = BigInteger.valueOf(8_100_000_000L);

    private Narration() {
    }

    /** 4294967296 → "4,294,967,296". */
    static String grouped(BigInteger n) {
        String digits = n.toString();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    /** "2^24 = 16,777,216" for small powers; "2^64 ≈ 1.8 × 10^19" for big ones. */
    static String power(int bits) {
        BigInteger n = BigInteger.ONE.shiftLeft(bits);
        if (bits <= 40) {
            return "2^" + bits + " = " + grouped(n);
        }
        return "2^" + bits + " ≈ " + scientific(n);
    }

    static String scientific(BigInteger n) {
        String digits = n.toString();
        if (digits.length() <= 6) {
            return grouped(n);
        }
        return digits.charAt(0) + "." + digits.charAt(1) + " × 10^" + (digits.length() - 1);
    }

    static String plural(BigInteger n, String one, String many) {
        return grouped(n) + " " + (n.equals(BigInteger.ONE) ? one : many);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Steps of a calculator happen at one instant: simulated time stays 0. */
    static void step(TraceBuilder trace, String title, String narration, List<String> refs, NodeState node,
                     List<Table> tables) {
        step(trace, title, narration, refs, node, tables, List.of());
    }

    static void step(TraceBuilder trace, String title, String narration, List<String> refs, NodeState node,
                     List<Table> tables, List<Fact> facts) {
        trace.step(0, title, narration, refs, -1, new Snapshot(List.of(node), List.of(), tables, facts));
    }

    static Lane lane(String id, String title, String subtitle) {
        return new Lane(id, title, subtitle);
    }

    static Variable var(String name, Object value) {
        return new Variable(name, String.valueOf(value));
    }
}
