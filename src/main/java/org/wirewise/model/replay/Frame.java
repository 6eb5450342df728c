package org.wirewise.model.replay;

/**
 * What the analysis needs from one captured IP packet: who sent it to whom, when, how long it
 * was, and its TCP header when it is TCP. Lengths come from the IP header, not from what was
 * captured, so a snap length that cut the payload does not change a segment's length.
 *
 * @param number        the frame's number in the capture, from 1 as Wireshark counts
 * @param nanos         capture time, nanoseconds since the epoch
 * @param wireLength    the frame's length on the wire (Wireshark's frame.len)
 * @param protocol      the IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6, others)
 * @param payloadOffset where the transport payload starts within the captured bytes
 * @param payloadLength the transport payload's length per the IP and transport headers
 * @param tcp           the TCP header, or null
 */
public record Frame(int number, long nanos, int wireLength, Endpoint source, Endpoint destination, int protocol,
                    int payloadOffset, int payloadLength, TcpHeader tcp) {

    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMP = 1;
    public static final int ICMPV6 = 58;

    public boolean isTcp() {
        return tcp != null;
    }
}
