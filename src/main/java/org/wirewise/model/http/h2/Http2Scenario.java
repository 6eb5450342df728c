package org.wirewise.model.http.h2;

/**
 * Parameters of the http2 lesson.
 *
 * @param security  h2c with prior knowledge on port 80, or h2 over TLS 1.3 on port 443
 * @param rttMs     round-trip time between browser and server
 * @param windowKiB the browser's SETTINGS_INITIAL_WINDOW_SIZE, the per-stream receive window
 * @param seed      seeds every random byte: TCP's ISNs and port, and for TLS the randoms and keys
 */
public record Http2Scenario(H2Rig.Security security, double rttMs, int windowKiB, long seed) {

    /** A 16 KiB window (Chrome opens 6 MiB) so that flow control shows within a few round trips. */
    public static final Http2Scenario DEFAULTS = new Http2Scenario(H2Rig.Security.H2C, 40, 16, 1);
}
