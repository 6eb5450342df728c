package org.wirewise.model.tcp;

/**
 * Parameters of the TCP-versus-UDP lesson: the same live-audio stream over both, with the same
 * messages lost.
 *
 * @param rttMs          round-trip propagation time in milliseconds
 * @param bandwidthMbps  link rate in megabits per second
 * @param seed           seeds sequence numbers, ports and timestamp offsets
 * @param messages       how many audio frames are sent
 * @param messageBytes   bytes per frame (160: 20 ms of G.711 audio)
 * @param intervalMs     time between frames
 * @param playoutMs      how long after sending a frame the receiver plays it; later is too late
 * @param lostMessages   frames whose first transmission is lost, on both transports ("5" or "5,12")
 * @param drop           further packets to lose, by number as the diagram shows them; see {@link DropList}
 */
public record TcpVsUdpScenario(double rttMs, double bandwidthMbps, long seed, int messages, int messageBytes,
                               double intervalMs, double playoutMs, String lostMessages, String drop) {

    public static final TcpVsUdpScenario DEFAULTS = new TcpVsUdpScenario(100, 10, 1, 15, 160, 20, 150, "5", "");
}
