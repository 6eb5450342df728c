package org.wirewise.model.replay;

/**
 * The fields of a TCP header (RFC 9293 §3.1) the analysis reads.
 *
 * @param windowScale the Window Scale option's shift (RFC 7323 §2.2), or -1 when absent
 * @param mss         the Maximum Segment Size option, or -1 when absent
 * @param sack        the SACK option's blocks (RFC 2018 §3) as left, right pairs of absolute sequence
 *                    numbers, empty when absent; shared, never modified
 */
public record TcpHeader(long seq, long ack, int flags, int window, int windowScale, int mss, long[] sack) {

    /** No SACK option: one instance, so a million frames without one cost nothing. */
    public static final long[] NO_SACK = new long[0];

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;

    public TcpHeader(long seq, long ack, int flags, int window, int windowScale, int mss) {
        this(seq, ack, flags, window, windowScale, mss, NO_SACK);
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
