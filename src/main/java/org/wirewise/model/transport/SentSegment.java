package org.wirewise.model.transport;

/** A segment sent and not yet acknowledged, kept for retransmission, RTT sampling and SACK. */
final class SentSegment {
    final long seq;
    final int length;
    final boolean syn;
    final boolean fin;
    final long dataOffset;
    final int dataLength;
    final long sentAt;
    /** Sent more than once: Karn's rule takes no sample from its ACK (RFC 6298 §3). */
    boolean retransmitted;
    /** A SACK block covered it (RFC 2018): the receiver holds it. */
    boolean sacked;
    /** Declared lost by a timeout; SACK loss marking is computed (RFC 6675 IsLost). */
    boolean markedLost;
    /** Retransmitted since it was declared lost, and in the network again (RFC 6675 pipe). */
    boolean retransmittedSinceLoss;

    SentSegment(long seq, int length, boolean syn, boolean fin, long dataOffset, int dataLength, long sentAt) {
        this.seq = seq;
        this.length = length;
        this.syn = syn;
        this.fin = fin;
        this.dataOffset = dataOffset;
        this.dataLength = dataLength;
        this.sentAt = sentAt;
    }

    long end() {
        return SequenceNumbers.add(seq, length);
    }
}
