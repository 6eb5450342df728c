package org.wirewise.model.tcp;

/**
 * Parameters of the flow-control lesson: a client sends a file to a server whose application
 * reads slowly.
 *
 * @param rttMs          round-trip propagation time in milliseconds
 * @param bandwidthMbps  link rate in megabits per second
 * @param seed           seeds the initial sequence numbers, the ephemeral port and timestamp offsets
 * @param receiveBuffer  the server's receive buffer in bytes
 * @param readRateKBps   how fast the server's application reads, in kilobytes (1000 bytes) per second
 * @param stallSeconds   how long the application stops reading after its first read
 * @param transferBytes  how much the client sends
 * @param windowScaling  whether both ends offer window scaling (RFC 7323 §2)
 * @param drop           packets to lose, by number ("3" or "3,7"); see {@link DropList}
 */
public record FlowControlScenario(double rttMs, double bandwidthMbps, long seed, int receiveBuffer,
                                  double readRateKBps, double stallSeconds, int transferBytes,
                                  boolean windowScaling, String drop) {

    public static final FlowControlScenario DEFAULTS =
            new FlowControlScenario(100, 10, 1, 32768, 200, 3, 160_000, true, "");
}
