package org.wirewise.model.packet;

import java.util.StringJoiner;

/**
 * TCP control bits (RFC 9293 §3.1), as bit masks over the 12 bits that follow the Data Offset.
 * The low eight are the classic flags; {@link #AE} is the bit RFC 3540 called NS and Accurate
 * ECN now uses, and the three above it are reserved.
 */
public final class TcpFlags {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;
    public static final int AE = 0x100;
    /** The three reserved bits, which a sender must leave zero. */
    public static final int RESERVED = 0xE00;

    /** Every bit a TcpSegment may carry. */
    static final int ALL = 0xFFF;

    // Wireshark's Info column lists the set bits from the lowest up: "[SYN, ACK]", "[FIN, ACK]".
    private static final String[] NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};

    private TcpFlags() {
    }

    /** "SYN, ACK", "FIN, PSH, ACK", "&lt;None&gt;" for no bits, "Reserved" if a reserved bit is set. */
    public static String names(int flags) {
        StringJoiner joined = new StringJoiner(", ");
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((flags & (1 << bit)) != 0) {
                joined.add(NAMES[bit]);
            }
        }
        if ((flags & RESERVED) != 0) {
            joined.add("Reserved");
        }
        return joined.length() == 0 ? "<None>" : joined.toString();
    }
}
