package org.wirewise.model.http.grpc;

import java.util.Optional;

/**
 * The {@code grpc-timeout} header (PROTOCOL-HTTP2.md): at most eight ASCII digits and a unit, H, M,
 * S, m, u or n. Clients write the finest unit whose value fits in eight digits, as grpc-java and
 * grpc-go do, so 200 ms goes out as {@code 200000u}.
 */
public final class GrpcTimeout {

    private static final long MAX_VALUE = 99_999_999L;
    private static final char[] UNITS = {'n', 'u', 'm', 'S', 'M', 'H'};
    private static final long[] NANOS = {1L, 1_000L, 1_000_000L, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L};

    private GrpcTimeout() {
    }

    public static String encode(long nanos) {
        if (nanos <= 0) {
            return "0n";
        }
        for (int i = 0; i < UNITS.length; i++) {
            long value = (nanos + NANOS[i] - 1) / NANOS[i]; // rounded up: never a shorter deadline than asked
            if (value <= MAX_VALUE) {
                return value + String.valueOf(UNITS[i]);
            }
        }
        return MAX_VALUE + "H";
    }

    /** The timeout in nanoseconds, or empty for a value that breaks the grammar. */
    public static Optional<Long> parse(String text) {
        if (text.length() < 2 || text.length() > 9) {
            return Optional.empty();
        }
        String digits = text.substring(0, text.length() - 1);
        int unit = new String(UNITS).indexOf(text.charAt(text.length() - 1));
        if (unit < 0 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long value = Long.parseLong(digits);
        return Optional.of(value > Long.MAX_VALUE / NANOS[unit] ? Long.MAX_VALUE : value * NANOS[unit]);
    }
}
