package org.wirewise.model.packet;

import java.util.HexFormat;
import java.util.List;

/**
 * QUIC version 1 headers (RFC 9000 §17): each packet coalesced in a datagram, with the fields that
 * are never encrypted (form, type, version, connection IDs, token, length). What follows is under
 * header and packet protection and shows as protected bytes; opening it takes the TLS secrets, as
 * Wireshark does with a key log. A short header does not say its connection ID's length: the 8
 * bytes Wirewise's endpoints choose are assumed (Wireshark learns it from the handshake).
 */
final class QuicDissector {

    static final int PORT = 443;
    static final int SHORT_DCID_LENGTH = 8;
    private static final String[] TYPES = {"Initial", "0-RTT", "Handshake", "Retry"};

    private QuicDissector() {
    }

    static boolean dissect(byte[] b, int off, int end, List<Field> layers) {
        if (end - off < 21 || (b[off] & 0x40) == 0 || (b[off] & 0x80) != 0 && Wire.u32(b, off + 1) != 1) {
            return false; // the fixed bit is set in version 1, and a long header says version 1
        }
        int at = off;
        while (at < end) {
            int next = (b[at] & 0x80) != 0 ? longHeader(b, at, end, layers) : shortHeader(b, at, end, layers);
            if (next <= at) {
                break;
            }
            at = next;
        }
        return true;
    }

    private static int longHeader(byte[] b, int off, int end, List<Field> layers) {
        Layer q = new Layer("QUIC IETF", off);
        int type = (b[off] >>> 4) & 0x03;
        q.leaf("Header Form", "Long Header (1)", off, 1).leaf("Fixed Bit", "True", off, 1)
                .leaf("Packet Type", TYPES[type] + " (" + type + ")", off, 1).leaf("Version", "1 (0x00000001)", off + 1, 4);
        int at = off + 5;
        int dcidLength = Wire.u8(b, at);
        if (at + 1 + dcidLength >= end) {
            layers.add(q.malformed("the Destination Connection ID runs past the datagram", at, end).build(end));
            return end;
        }
        q.leaf("Destination Connection ID Length", Integer.toString(dcidLength), at, 1)
                .leaf("Destination Connection ID", hex(b, at + 1, dcidLength), at + 1, dcidLength);
        at += 1 + dcidLength;
        int scidLength = Wire.u8(b, at);
        if (at + 1 + scidLength >= end) {
            layers.add(q.malformed("the Source Connection ID runs past the datagram", at, end).build(end));
            return end;
        }
        q.leaf("Source Connection ID Length", Integer.toString(scidLength), at, 1)
                .leaf("Source Connection ID", hex(b, at + 1, scidLength), at + 1, scidLength);
        at += 1 + scidLength;
        if (type == 3) { // Retry: a token and the integrity tag, no length
            q.leaf("Retry Token", hex(b, at, Math.max(0, end - at - 16)), at, Math.max(0, end - at - 16));
            layers.add(q.build(end));
            return end;
        }
        if (type == 0) {
            int tokenLengthSize = varintLength(b[at]);
            long tokenLength = varint(b, at, end);
            if (tokenLength < 0 || at + tokenLengthSize + tokenLength > end) {
                layers.add(q.malformed("the token runs past the datagram", at, end).build(end));
                return end;
            }
            q.leaf("Token Length", Long.toString(tokenLength), at, tokenLengthSize);
            at += tokenLengthSize + (int) tokenLength;
        }
        int lengthSize = varintLength(b[at]);
        long length = varint(b, at, end);
        if (length < 0 || at + lengthSize + length > end) {
            layers.add(q.malformed("Length runs past the datagram", at, end).build(end));
            return end;
        }
        q.leaf("Length", Long.toString(length), at, lengthSize);
        at += lengthSize;
        q.leaf("Protected Payload", "packet number and " + TYPES[type] + " frames, protected (RFC 9001 §5)", at, (int) length);
        layers.add(q.build(at + (int) length));
        return at + (int) length;
    }

    private static int shortHeader(byte[] b, int off, int end, List<Field> layers) {
        Layer q = new Layer("QUIC IETF", off);
        q.leaf("Header Form", "Short Header (0)", off, 1).leaf("Fixed Bit", "True", off, 1)
                .leaf("Spin Bit", (b[off] & 0x20) != 0 ? "True" : "False", off, 1);
        int dcid = Math.min(SHORT_DCID_LENGTH, end - off - 1);
        q.leaf("Destination Connection ID", hex(b, off + 1, dcid), off + 1, dcid)
                .leaf("Protected Payload", "key phase, packet number and 1-RTT frames, protected (RFC 9001 §5)", off + 1 + dcid,
                        end - off - 1 - dcid);
        layers.add(q.build(end));
        return end;
    }

    private static int varintLength(byte first) {
        return 1 << ((first & 0xFF) >>> 6);
    }

    /** A variable-length integer (RFC 9000 §16), or -1 when it runs past {@code end}. */
    private static long varint(byte[] b, int at, int end) {
        int n = varintLength(b[at]);
        if (at + n > end) {
            return -1;
        }
        long v = b[at] & 0x3F;
        for (int i = 1; i < n; i++) {
            v = v << 8 | b[at + i] & 0xFF;
        }
        return v;
    }

    private static String hex(byte[] b, int at, int length) {
        return HexFormat.of().formatHex(b, at, at + length);
    }
}
