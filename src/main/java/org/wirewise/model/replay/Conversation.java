package org.wirewise.model.replay;

import java.util.List;

/**
 * One row of Wireshark's Conversations dialog: two endpoints and the frames between them. A is
 * the endpoint that sent the conversation's first frame.
 *
 * @param number    the conversation's place in the list, from 1 (order of first frame)
 * @param protocol  the IP protocol number ({@link Frame#TCP}, {@link Frame#UDP}, ICMP...)
 * @param framesAtoB frames A sent to B; {@code bytesAtoB} their bytes on the wire
 * @param frames    the conversation's frames in capture order
 */
public record Conversation(int number, int protocol, Endpoint a, Endpoint b, int framesAtoB, long bytesAtoB,
                           int framesBtoA, long bytesBtoA, long firstNanos, long lastNanos, List<Frame> frames) {

    public Conversation {
        frames = List.copyOf(frames);
    }

    public int framesTotal() {
        return framesAtoB + framesBtoA;
    }

    public long bytesTotal() {
        return bytesAtoB + bytesBtoA;
    }

    public long durationNanos() {
        return lastNanos - firstNanos;
    }

    /** "TCP", "UDP", "ICMP", "ICMPv6" or "IP protocol N". */
    public String protocolName() {
        return switch (protocol) {
            case Frame.TCP -> "TCP";
            case Frame.UDP -> "UDP";
            case Frame.ICMP -> "ICMP";
            case Frame.ICMPV6 -> "ICMPv6";
            default -> "IP protocol " + protocol;
        };
    }

    /** Whether the frame went from A to B. */
    public boolean fromA(Frame frame) {
        return frame.source().equals(a) && frame.destination().equals(b);
    }
}
