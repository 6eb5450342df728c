package org.wirewise.model.transport;

/**
 * What one endpoint offers in its SYN (RFC 9293 §3.2, RFC 7323, RFC 2018).
 *
 * @param mss           the maximum segment size it can receive (MSS option)
 * @param windowScaling whether it offers window scaling (RFC 7323 §2)
 * @param windowShift   its receive-window shift count, 0 to 14
 * @param sack          whether it offers SACK-permitted (RFC 2018 §2)
 * @param timestamps    whether it offers timestamps (RFC 7323 §3)
 * @param receiveWindow its receive window in bytes
 */
public record TcpConfig(int mss, boolean windowScaling, int windowShift, boolean sack, boolean timestamps,
                        long receiveWindow) {

    /** The MSS over Ethernet: a 1500-byte MTU less 20 bytes of IPv4 and 20 of TCP header. */
    public static final int ETHERNET_MSS = 1460;
    /** Data in one full segment over Ethernet once timestamps are on: 1460 − 12 = 1448 (RFC 7323 §3.2). */
    public static final int ETHERNET_SEGMENT_DATA = ETHERNET_MSS - NegotiatedOptions.TIMESTAMP_OPTION_BYTES;

    public TcpConfig {
        if (mss < 88 || mss > 65495) {
            throw new IllegalArgumentException("MSS must be between 88 and 65495, got " + mss);
        }
        if (windowShift < 0 || windowShift > 14) {
            throw new IllegalArgumentException("window shift must be between 0 and 14, got " + windowShift);
        }
        if (receiveWindow <= 0) {
            throw new IllegalArgumentException("receive window must be positive, got " + receiveWindow);
        }
    }

    /**
     * Linux's initial receive window: the largest multiple of the MSS that fits in 65535, which
     * is 64240 for an MSS of 1460 (the window a Linux SYN carries).
     */
    public static long linuxInitialWindow(int mss) {
        return (65535L / mss) * mss;
    }

    /** This configuration for a Linux listener: the same options, the window of its SYN-ACK. */
    public TcpConfig withLinuxListenerWindow() {
        return new TcpConfig(mss, windowScaling, windowShift, sack, timestamps, linuxListenerWindow(mss, timestamps));
    }

    /**
     * The window a Linux listener offers in its SYN-ACK: it already knows whether the client's SYN
     * carried timestamps, so it counts in segments of the MSS less the 12 option bytes
     * (tcp_openreq_init_rwin): 45 × 1448 = 65160 with timestamps, 64240 without.
     */
    public static long linuxListenerWindow(int mss, boolean timestamps) {
        return linuxInitialWindow(timestamps ? mss - NegotiatedOptions.TIMESTAMP_OPTION_BYTES : mss);
    }
}
