package org.wirewise.model.replay;

/**
 * What Wireshark's TCP analysis says of a segment (its {@code tcp.analysis.*} fields). Fast and
 * spurious retransmissions are retransmissions too, as Wireshark also sets
 * {@code tcp.analysis.retransmission} on them.
 */
public enum TcpAnalysisFlag {
    /** Data the sender had sent before (RFC 6298 §5: the retransmission timer fired, most likely). */
    RETRANSMISSION("tcp.analysis.retransmission"),
    /** Resent within 20 ms of two or more duplicate ACKs of its sequence number (RFC 5681 §3.2). */
    FAST_RETRANSMISSION("tcp.analysis.fast_retransmission"),
    /** Resent data the receiver had already acknowledged. */
    SPURIOUS_RETRANSMISSION("tcp.analysis.spurious_retransmission"),
    /** Behind the highest sequence number seen, but soon after it: the network reordered it. */
    OUT_OF_ORDER("tcp.analysis.out_of_order"),
    /** Starts beyond the next expected sequence number: an earlier segment was not captured. */
    LOST_SEGMENT("tcp.analysis.lost_segment"),
    /** Acknowledges data the capture never saw. */
    ACKED_UNSEEN_SEGMENT("tcp.analysis.ack_lost_segment"),
    /** Repeats the previous ACK, window and sequence number without data (RFC 5681 §2). */
    DUPLICATE_ACK("tcp.analysis.duplicate_ack"),
    /** Advertises a window of 0: the receiver's buffer is full (RFC 9293 §3.8.6.1). */
    ZERO_WINDOW("tcp.analysis.zero_window"),
    /** One byte sent into a zero window to ask whether it has opened (RFC 9293 §3.8.6.1). */
    ZERO_WINDOW_PROBE("tcp.analysis.zero_window_probe"),
    /** The reply to a zero window probe. */
    ZERO_WINDOW_PROBE_ACK("tcp.analysis.zero_window_probe_ack"),
    /** Fills the receiver's advertised window exactly: the sender must now wait. */
    WINDOW_FULL("tcp.analysis.window_full"),
    /** Only changes the advertised window. */
    WINDOW_UPDATE("tcp.analysis.window_update"),
    /** One byte (or none) just below the next sequence number, to check the peer is alive (RFC 9293 §3.8.4). */
    KEEP_ALIVE("tcp.analysis.keep_alive"),
    /** The reply to a keep-alive. */
    KEEP_ALIVE_ACK("tcp.analysis.keep_alive_ack");

    private final String wiresharkField;

    TcpAnalysisFlag(String wiresharkField) {
        this.wiresharkField = wiresharkField;
    }

    /** The display filter field Wireshark sets for it. */
    public String wiresharkField() {
        return wiresharkField;
    }
}
