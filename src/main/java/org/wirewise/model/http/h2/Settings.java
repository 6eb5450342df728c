package org.wirewise.model.http.h2;

import java.io.ByteArrayOutputStream;

/**
 * The SETTINGS parameters (RFC 9113 §6.5.2) with their initial values; {@code maxConcurrentStreams}
 * and {@code maxHeaderListSize} of -1 mean "not sent" (unlimited).
 */
public record Settings(int headerTableSize, boolean enablePush, long maxConcurrentStreams, int initialWindowSize,
                       int maxFrameSize, long maxHeaderListSize) {

    public static final int HEADER_TABLE_SIZE = 0x1;
    public static final int ENABLE_PUSH = 0x2;
    public static final int MAX_CONCURRENT_STREAMS = 0x3;
    public static final int INITIAL_WINDOW_SIZE = 0x4;
    public static final int MAX_FRAME_SIZE = 0x5;
    public static final int MAX_HEADER_LIST_SIZE = 0x6;
    /** The largest flow-control window (§6.9.1). */
    public static final int MAX_WINDOW = Integer.MAX_VALUE;
    public static final int MIN_FRAME_SIZE = 16_384;
    public static final int MAX_FRAME_SIZE_LIMIT = (1 << 24) - 1;

    /** What every endpoint assumes before the peer's SETTINGS arrive. */
    public static final Settings INITIAL = new Settings(4096, true, -1, 65_535, MIN_FRAME_SIZE, -1);

    /** A browser's first SETTINGS, as Chrome sends them: a 64 KiB table, push off, a 6 MiB stream window, a 256 KiB list limit. */
    public static final Settings BROWSER = new Settings(65_536, false, -1, 6_291_456, MIN_FRAME_SIZE, 262_144);

    /** A server's: 128 concurrent streams (nginx's default), everything else at its initial value. */
    public static final Settings SERVER = new Settings(4096, true, 128, 65_535, MIN_FRAME_SIZE, -1);

    public Settings withInitialWindowSize(int size) {
        return new Settings(headerTableSize, enablePush, maxConcurrentStreams, size, maxFrameSize, maxHeaderListSize);
    }

    /** This record applied on top of one parameter from a SETTINGS frame, checked as §6.5.2 says. */
    Settings with(int id, long value) {
        switch (id) {
            case HEADER_TABLE_SIZE -> {
                return new Settings((int) Math.min(value, Integer.MAX_VALUE), enablePush, maxConcurrentStreams,
                        initialWindowSize, maxFrameSize, maxHeaderListSize);
            }
            case ENABLE_PUSH -> {
                if (value > 1) {
                    throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "SETTINGS_ENABLE_PUSH of " + value + " (0 or 1)");
                }
                return new Settings(headerTableSize, value == 1, maxConcurrentStreams, initialWindowSize, maxFrameSize,
                        maxHeaderListSize);
            }
            case MAX_CONCURRENT_STREAMS -> {
                return new Settings(headerTableSize, enablePush, value, initialWindowSize, maxFrameSize, maxHeaderListSize);
            }
            case INITIAL_WINDOW_SIZE -> {
                if (value > MAX_WINDOW) {
                    throw H2Exception.connection(ErrorCode.FLOW_CONTROL_ERROR, "SETTINGS_INITIAL_WINDOW_SIZE of " + value
                            + " above 2^31-1");
                }
                return new Settings(headerTableSize, enablePush, maxConcurrentStreams, (int) value, maxFrameSize,
                        maxHeaderListSize);
            }
            case MAX_FRAME_SIZE -> {
                if (value < MIN_FRAME_SIZE || value > MAX_FRAME_SIZE_LIMIT) {
                    throw H2Exception.connection(ErrorCode.PROTOCOL_ERROR, "SETTINGS_MAX_FRAME_SIZE of " + value
                            + " (16384 to 16777215)");
                }
                return new Settings(headerTableSize, enablePush, maxConcurrentStreams, initialWindowSize, (int) value,
                        maxHeaderListSize);
            }
            case MAX_HEADER_LIST_SIZE -> {
                return new Settings(headerTableSize, enablePush, maxConcurrentStreams, initialWindowSize, maxFrameSize, value);
            }
            default -> {
                return this; // §6.5.2: an unknown setting is ignored
            }
        }
    }

    /** The SETTINGS payload: every parameter that differs from {@link #INITIAL}, 6 octets each. */
    byte[] payload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (headerTableSize != INITIAL.headerTableSize) {
            put(out, HEADER_TABLE_SIZE, headerTableSize);
        }
        if (enablePush != INITIAL.enablePush) {
            put(out, ENABLE_PUSH, enablePush ? 1 : 0);
        }
        if (maxConcurrentStreams >= 0) {
            put(out, MAX_CONCURRENT_STREAMS, maxConcurrentStreams);
        }
        if (initialWindowSize != INITIAL.initialWindowSize) {
            put(out, INITIAL_WINDOW_SIZE, initialWindowSize);
        }
        if (maxFrameSize != INITIAL.maxFrameSize) {
            put(out, MAX_FRAME_SIZE, maxFrameSize);
        }
        if (maxHeaderListSize >= 0) {
            put(out, MAX_HEADER_LIST_SIZE, maxHeaderListSize);
        }
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, int id, long value) {
        out.write(id >> 8);
        out.write(id);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (value >> shift));
        }
    }
}
