package org.wirewise.model.tcp;

/**
 * Parameters of the head-of-line blocking lesson: a client sends a stream of small messages, one
 * per segment, and one of them is lost.
 *
 * @param rttMs          round-trip propagation time in milliseconds
 * @param bandwidthMbps  link rate in megabits per second
 * @param seed           seeds the initial sequence numbers, the ephemeral port and timestamp offsets
 * @param messages       how many messages the client sends
 * @param messageBytes   the size of each message
 * @param intervalMs     time between messages
 * @param lostMessage    which message's first transmission is lost (0: none)
 * @param drop           further packets to lose, by number; see {@link DropList}
 */
public record HeadOfLineScenario(double rttMs, double bandwidthMbps, long seed, int messages, int messageBytes,
                                 double intervalMs, int lostMessage, String drop) {

    public static final HeadOfLineScenario DEFAULTS = new HeadOfLineScenario(100, 10, 1, 10, 1000, 20, 3, "");
}
