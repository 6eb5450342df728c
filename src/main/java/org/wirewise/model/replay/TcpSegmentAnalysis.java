package org.wirewise.model.replay;

import java.util.Set;

/**
 * The analysis of one TCP frame, as Wireshark's "SEQ/ACK analysis" shows it.
 *
 * @param relativeSeq     sequence number relative to the sender's initial one (its SYN is 0)
 * @param relativeAck     acknowledgment number relative to the receiver's initial sequence number
 * @param relativeNextSeq the sequence number after this segment (SYN and FIN count one)
 * @param duplicateAckNumber which duplicate of the last new ACK this is (1, 2, ...), 0 when none
 * @param ackedFrame      the frame number of the segment this ACK acknowledges in full, 0 when none
 * @param ackRttNanos     time from that segment to this ACK, -1 when none
 */
public record TcpSegmentAnalysis(Frame frame, long relativeSeq, long relativeAck, long relativeNextSeq,
                                 Set<TcpAnalysisFlag> flags, int duplicateAckNumber, int ackedFrame,
                                 long ackRttNanos) {

    public TcpSegmentAnalysis {
        flags = Set.copyOf(flags);
    }

    public boolean has(TcpAnalysisFlag flag) {
        return flags.contains(flag);
    }

    /** Any kind of retransmission (timeout, fast, spurious). */
    public boolean isRetransmission() {
        return has(TcpAnalysisFlag.RETRANSMISSION);
    }
}
