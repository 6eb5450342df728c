package org.wirewise.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;

/**
 * Seeded generator for property-style tests: one instance per case, built from the case's seed,
 * so the same seed always gives the same values and a failing case is replayed by its seed.
 *
 * <p>Typical use: a {@code @ParameterizedTest} over {@code @MethodSource} {@link #seeds(int)},
 * {@code new RandomCases(seed)} in the test body, and {@code .as("seed %d", seed)} on every
 * assertion. There is no shrinking, so tests list the edge cases they care about as fixed cases
 * too; the generator also returns a range's bounds more often than uniform draws would (about
 * one draw in eight), as a property-testing library mixes in edge cases.
 */
public final class RandomCases {

    /** The data offset is 4 bits of 32-bit words: at most 60 header bytes, 40 of them options (RFC 9293 §3.1). */
    public static final int MAX_TCP_OPTIONS_LENGTH = 40;

    /** The 12 control bits after the Data Offset: the classic eight, AE and three reserved. */
    private static final int TCP_FLAG_BITS = 0xFFF;
    private static final long U32_MAX = 0xFFFF_FFFFL;

    private final long seed;
    private final SplittableRandom random;

    public RandomCases(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** Seeds {@code 1..count}, for a {@code @MethodSource}. */
    public static LongStream seeds(int count) {
        return LongStream.rangeClosed(1, count);
    }

    public long seed() {
        return seed;
    }

    // ---- plain values ----

    public boolean bool() {
        return random.nextBoolean();
    }

    /** A value in {@code min..max} inclusive; one draw in sixteen is {@code min}, one is {@code max}. */
    public int intBetween(int min, int max) {
        return (int) longBetween(min, max);
    }

    /** A value in {@code min..max} inclusive; one draw in sixteen is {@code min}, one is {@code max}. */
    public long longBetween(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        int edge = random.nextInt(16);
        if (edge == 0) {
            return min;
        }
        if (edge == 1) {
            return max;
        }
        if (max == Long.MAX_VALUE) {
            // nextLong's bound is exclusive; this range never comes up in these tests.
            throw new IllegalArgumentException("max must be below Long.MAX_VALUE");
        }
        return random.nextLong(min, max + 1);
    }

    /** Any byte value, the bounds and zero included. */
    public byte anyByte() {
        return (byte) intBetween(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /** Uniformly random bytes; the length is in {@code 0..maxLength}, often empty or full. */
    public byte[] bytes(int maxLength) {
        return bytes(0, maxLength);
    }

    public byte[] bytes(int minLength, int maxLength) {
        byte[] bytes = new byte[intBetween(minLength, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public int pick(int... values) {
        return values[random.nextInt(values.length)];
    }

    /** A list of {@code minSize..maxSize} elements drawn one by one from {@code element}. */
    public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        int size = intBetween(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    // ---- TCP (RFC 9293 §3.1, §3.2) ----

    /** Any segment a sender may build: every header field over its whole range, options, up to 1500 payload bytes. */
    public TcpSegment tcpSegment() {
        return new TcpSegment(intBetween(0, 0xFFFF), intBetween(0, 0xFFFF), longBetween(0, U32_MAX),
                longBetween(0, U32_MAX), intBetween(0, TCP_FLAG_BITS), intBetween(0, 0xFFFF),
                intBetween(0, 0xFFFF), tcpOptions(), bytes(1500));
    }

    /**
     * Up to 8 options that fit the 40 bytes, with End of Option List only ever last (half the
     * lists end with one). Lists that do not fit are drawn again.
     */
    public List<TcpOption> tcpOptions() {
        while (true) {
            List<TcpOption> options = list(0, 8, this::tcpOption);
            if (bool()) {
                options.add(new TcpOption.EndOfOptions());
            }
            if (options.stream().mapToInt(TcpOption::length).sum() <= MAX_TCP_OPTIONS_LENGTH) {
                return options;
            }
        }
    }

    /** Any option but End of Option List, with any value its fields allow. */
    public TcpOption tcpOption() {
        return switch (random.nextInt(7)) {
            case 0 -> new TcpOption.Nop();
            case 1 -> new TcpOption.SackPermitted();
            case 2 -> new TcpOption.Mss(intBetween(0, 0xFFFF));
            case 3 -> new TcpOption.WindowScale(intBetween(0, 0xFF));
            case 4 -> new TcpOption.Timestamps(longBetween(0, U32_MAX), longBetween(0, U32_MAX));
            case 5 -> new TcpOption.Sack(list(1, 4, () -> new SackBlock(longBetween(0, U32_MAX),
                    longBetween(0, U32_MAX))));
            default -> new TcpOption.Unknown(unknownOptionKind(), bytes(12));
        };
    }

    /** 6..255 except 8 (Timestamps): the kinds without a record of their own. */
    private int unknownOptionKind() {
        int kind;
        do {
            kind = intBetween(6, 255);
        } while (kind == TcpOption.KIND_TIMESTAMPS);
        return kind;
    }

    @Override
    public String toString() {
        return "seed " + seed;
    }
}
