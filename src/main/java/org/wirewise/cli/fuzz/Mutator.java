package org.wirewise.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of bytes, text and argument lists: flips, deletions, insertions, copies of a
 * slice elsewhere, truncation, and values known to break parsers (huge numbers, NUL, long runs,
 * empty items). The same seed gives the same mutation.
 */
final class Mutator {

    /** Values that have broken parsers before, or break parsers in general. */
    static final List<String> NASTY = List.of("", " ", ",", ",,", "=", "-1", "0", "1e2147483647", "-1e2147483647",
            "1e999", "4294967297", "99999999999999999999", "NaN", "Infinity", "0x10", "\u0000", "\uFFFF", "é", "💥",
            "null", "true", "[]", "{}", "\"", "\\", "%", "1,,2", "10MBps", "10", "::", "/", "/33", "/129",
            "a".repeat(10_000), "9".repeat(400), "{".repeat(2_000), "[".repeat(5_000));

    private final SplittableRandom random;

    Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    byte[] bytes(byte[] original) {
        byte[] b = original.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            b = once(b);
        }
        return b;
    }

    private byte[] once(byte[] b) {
        if (b.length == 0) {
            return pick(NASTY).getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(7)) {
            case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b[at] = (byte) pick(List.of(0, 0xFF, 0x7F, 0x80, 0x01)).intValue();
            case 2 -> {
                int n = Math.min(b.length - at, 1 + random.nextInt(16));
                byte[] out = new byte[b.length - n];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + n, out, at, b.length - at - n);
                return out;
            }
            case 3 -> {
                byte[] insert = pick(NASTY).getBytes(StandardCharsets.UTF_8);
                return splice(b, at, insert);
            }
            case 4 -> {
                int from = random.nextInt(b.length);
                int n = Math.min(b.length - from, 1 + random.nextInt(64));
                byte[] slice = new byte[n];
                System.arraycopy(b, from, slice, 0, n);
                return splice(b, at, slice);
            }
            case 5 -> {
                byte[] out = new byte[at];
                System.arraycopy(b, 0, out, 0, at);
                return out;
            }
            default -> {
                // A 32-bit field set to an extreme: lengths and counts in binary formats.
                int v = pick(List.of(0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFF, 65_536));
                for (int i = 0; i < 4 && at + i < b.length; i++) {
                    b[at + i] = (byte) (v >>> (8 * i));
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }

    String text(String original) {
        if (random.nextInt(8) == 0) {
            return pick(NASTY);
        }
        return new String(bytes(original.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** Mutates the arguments after the first {@code keep} (the command's name stays). */
    List<String> arguments(List<String> original, int keep) {
        List<String> args = new ArrayList<>(original);
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            int free = args.size() - keep;
            int at = keep + (free <= 0 ? 0 : random.nextInt(free));
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (free > 0) {
                        args.set(at, text(args.get(at)));
                    }
                }
                case 1 -> {
                    if (free > 0) {
                        args.remove(at);
                    }
                }
                case 2 -> args.add(at, pick(NASTY));
                case 3 -> {
                    if (free > 0) {
                        String a = args.get(at);
                        int eq = a.indexOf('=');
                        args.set(at, (eq > 0 ? a.substring(0, eq + 1) : a + "=") + pick(NASTY));
                    }
                }
                default -> {
                    if (free > 1) {
                        int other = keep + random.nextInt(free);
                        String a = args.get(at);
                        args.set(at, args.get(other));
                        args.set(other, a);
                    }
                }
            }
        }
        return args;
    }
}
