package org.wirewise.model.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * STUN messages (RFC 5389 §6, §15; TURN's attributes from RFC 8656 §18): the 20-byte header with
 * the magic cookie, then type-length-value attributes padded to four bytes, with the XOR'd
 * addresses decoded. A payload is STUN when its first two bits are zero, its length fits and the
 * magic cookie is there, the test RFC 5389 §7.3 gives for telling STUN from other traffic.
 */
final class StunDissector {

    static final int PORT = 3478;
    private static final long MAGIC_COOKIE = 0x2112A442L;

    private StunDissector() {
    }

    static boolean dissect(byte[] b, int off, int end, List<Field> layers) {
        if (end - off < 20 || (b[off] & 0xC0) != 0 || Wire.u32(b, off + 4) != MAGIC_COOKIE) {
            return false;
        }
        int type = Wire.u16(b, off);
        int length = Wire.u16(b, off + 2);
        if (length % 4 != 0 || off + 20 + length > end) {
            return false;
        }
        Layer stun = new Layer("Session Traversal Utilities for NAT", off);
        stun.leaf("Message Type", Names.hex(type, 4) + " (" + method(type) + " " + messageClass(type) + ")", off, 2)
                .leaf("Message Length", Integer.toString(length), off + 2, 2)
                .leaf("Message Cookie", Names.hex((int) MAGIC_COOKIE, 8), off + 4, 4)
                .leaf("Message Transaction ID", hex(b, off + 8, 12), off + 8, 12);
        int at = off + 20;
        int messageEnd = off + 20 + length;
        List<Field> attributes = new ArrayList<>();
        while (at + 4 <= messageEnd) {
            int attrType = Wire.u16(b, at);
            int attrLength = Wire.u16(b, at + 2);
            int value = at + 4;
            int padded = (attrLength + 3) & ~3;
            if (value + attrLength > messageEnd) {
                stun.malformed("attribute " + Names.hex(attrType, 4) + " claims " + attrLength + " bytes, "
                        + (messageEnd - value) + " remain", at, messageEnd);
                break;
            }
            List<Field> parts = new ArrayList<>();
            parts.add(Field.leaf("Attribute Type", attributeName(attrType) + " (" + Names.hex(attrType, 4) + ")", at, 2));
            parts.add(Field.leaf("Attribute Length", Integer.toString(attrLength), at + 2, 2));
            String shown = attributeValue(b, attrType, value, attrLength, off + 8, parts);
            attributes.add(new Field(attributeName(attrType), shown, at, Math.min(4 + padded, messageEnd - at), parts));
            at = value + padded;
        }
        if (!attributes.isEmpty()) {
            stun.add(new Field("Attributes", "", off + 20, messageEnd - off - 20, attributes));
        }
        layers.add(stun.build(messageEnd));
        if (messageEnd < end) {
            Payloads.data(b, messageEnd, end, layers);
        }
        return true;
    }

    /** The value as a summary, adding its decoded parts to {@code parts}. */
    private static String attributeValue(byte[] b, int type, int at, int length, int transactionId, List<Field> parts) {
        boolean xor = type == 0x0020 || type == 0x0016 || type == 0x0012;
        if ((type == 0x0001 || xor) && length >= 8) {
            int family = b[at + 1] & 0xFF;
            int port = Wire.u16(b, at + 2) ^ (xor ? (int) (MAGIC_COOKIE >>> 16) : 0);
            byte[] address = java.util.Arrays.copyOfRange(b, at + 4, at + length);
            if (xor) {
                for (int i = 0; i < address.length; i++) {
                    int key = i < 4 ? (int) (MAGIC_COOKIE >>> (24 - 8 * i)) : b[transactionId + i - 4];
                    address[i] ^= (byte) key;
                }
            }
            String ip = family == 1 && address.length == 4
                    ? (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "." + (address[3] & 0xFF)
                    : family == 2 && address.length == 16 ? Names.ipv6(address) : "family " + family;
            String prefix = xor ? "X-" : "";
            parts.add(Field.leaf("Protocol Family", family == 1 ? "IPv4 (0x01)" : family == 2 ? "IPv6 (0x02)"
                    : Names.hex(family, 2), at + 1, 1));
            parts.add(Field.leaf(prefix + "Port", Integer.toString(port), at + 2, 2));
            parts.add(Field.leaf(prefix + "IP", ip, at + 4, length - 4));
            return ip + ":" + port;
        }
        if (type == 0x000D && length == 4) {
            long seconds = Wire.u32(b, at);
            parts.add(Field.leaf("Lifetime", Long.toString(seconds), at, 4));
            return seconds + " s";
        }
        if (type == 0x8028 && length == 4) {
            parts.add(Field.leaf("CRC-32", Names.hex((int) Wire.u32(b, at), 8), at, 4));
            return Names.hex((int) Wire.u32(b, at), 8);
        }
        if (type == 0x0024 && length == 4) {
            parts.add(Field.leaf("Priority", Long.toString(Wire.u32(b, at)), at, 4));
            return Long.toString(Wire.u32(b, at));
        }
        if (length > 0) {
            parts.add(Field.leaf("Value", Names.bytes(length), at, length));
        }
        return Names.bytes(length);
    }

    private static String method(int type) {
        int method = (type & 0x000F) | ((type & 0x00E0) >> 1) | ((type & 0x3E00) >> 2);
        return switch (method) {
            case 0x001 -> "Binding";
            case 0x003 -> "Allocate";
            case 0x004 -> "Refresh";
            case 0x006 -> "Send";
            case 0x007 -> "Data";
            case 0x008 -> "CreatePermission";
            case 0x009 -> "ChannelBind";
            default -> "Method " + Names.hex(method, 3);
        };
    }

    private static String messageClass(int type) {
        int c = ((type & 0x0010) >> 4) | ((type & 0x0100) >> 7);
        return switch (c) {
            case 0 -> "Request";
            case 1 -> "Indication";
            case 2 -> "Success Response";
            default -> "Error Response";
        };
    }

    private static String attributeName(int type) {
        return switch (type) {
            case 0x0001 -> "MAPPED-ADDRESS";
            case 0x0006 -> "USERNAME";
            case 0x0008 -> "MESSAGE-INTEGRITY";
            case 0x0009 -> "ERROR-CODE";
            case 0x000D -> "LIFETIME";
            case 0x0012 -> "XOR-PEER-ADDRESS";
            case 0x0013 -> "DATA";
            case 0x0016 -> "XOR-RELAYED-ADDRESS";
            case 0x0019 -> "REQUESTED-TRANSPORT";
            case 0x0020 -> "XOR-MAPPED-ADDRESS";
            case 0x0024 -> "PRIORITY";
            case 0x0025 -> "USE-CANDIDATE";
            case 0x8022 -> "SOFTWARE";
            case 0x8028 -> "FINGERPRINT";
            case 0x8029 -> "ICE-CONTROLLED";
            case 0x802A -> "ICE-CONTROLLING";
            default -> "Attribute";
        };
    }

    private static String hex(byte[] b, int at, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(String.format(java.util.Locale.ROOT, "%02x", b[at + i] & 0xFF));
        }
        return s.toString();
    }
}
