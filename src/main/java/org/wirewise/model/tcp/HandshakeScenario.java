package org.wirewise.model.tcp;

/**
 * Parameters of the three-way handshake lesson. Both ends use the same option settings, as two
 * Linux hosts with default settings would.
 *
 * @param rttMs         round-trip propagation time in milliseconds
 * @param bandwidthMbps link rate in megabits per second (sets serialization delay)
 * @param seed          seeds the initial sequence numbers, ephemeral port and timestamp offsets
 * @param mss           maximum segment size each side announces
 * @param windowScaling whether both offer window scaling
 * @param windowShift   the shift count each side announces
 * @param sack          whether both offer SACK
 * @param timestamps    whether both offer timestamps
 */
public record HandshakeScenario(double rttMs, double bandwidthMbps, long seed, int mss, boolean windowScaling,
                                int windowShift, boolean sack, boolean timestamps) {

    /** Linux defaults on a typical internet path. */
    public static final HandshakeScenario DEFAULTS =
            new HandshakeScenario(80, 100, 1, 1460, true, 7, true, true);
}
