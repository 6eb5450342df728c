package org.wirewise.model.quic;

import java.util.List;

/** What a sender remembers of a packet until it is acknowledged or declared lost (RFC 9002 §A.1.1). */
record SentPacket(PacketType type, long packetNumber, long timeSent, int size, boolean ackEliciting, List<Frame> frames) {

    SentPacket {
        frames = List.copyOf(frames);
    }

    /** ACK-only packets do not count toward bytes in flight (RFC 9002 §2). */
    boolean inFlight() {
        return ackEliciting || frames.stream().anyMatch(f -> f instanceof Frame.Padding);
    }
}
