package org.wirewise.model.tcp;

/**
 * Parameters of the connection-lifecycle lesson.
 *
 * @param rttMs           round-trip propagation time in milliseconds
 * @param bandwidthMbps   link rate in megabits per second
 * @param seed            seeds the initial sequence numbers, the ephemeral port and timestamp offsets
 * @param closer          who calls close() first
 * @param mslSeconds      maximum segment lifetime; TIME-WAIT lasts twice this
 * @param responseBytes   size of the server's response
 * @param serverListening whether anything listens on the server's port (if not, the SYN gets a reset)
 * @param drop            packets to lose, by number ("3" or "3,7"); see {@link DropList}
 * @param timestamps      whether both ends offer timestamps (RFC 7323), as Linux does by default
 */
public record LifecycleScenario(double rttMs, double bandwidthMbps, long seed, Closer closer, double mslSeconds,
                                int responseBytes, boolean serverListening, String drop, boolean timestamps) {

    /** A scenario with timestamps on, as Linux has them. */
    public LifecycleScenario(double rttMs, double bandwidthMbps, long seed, Closer closer, double mslSeconds,
                             int responseBytes, boolean serverListening, String drop) {
        this(rttMs, bandwidthMbps, seed, closer, mslSeconds, responseBytes, serverListening, drop, true);
    }

    /** Who closes the connection first. */
    public enum Closer {
        CLIENT, SERVER, SIMULTANEOUS
    }

    public static final LifecycleScenario DEFAULTS =
            new LifecycleScenario(80, 100, 1, Closer.CLIENT, 60, 6000, true, "", true);
}
