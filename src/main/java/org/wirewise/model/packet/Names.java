package org.wirewise.model.packet;

import java.net.Inet4Address;
import java.net.InetAddress;

/** Wireshark's wording for code points and addresses, shared by the dissectors. */
final class Names {

    private Names() {
    }

    static String hex(int value, int digits) {
        return String.format("0x%0" + digits + "x", value);
    }

    /** "0x7063 (28771)": Wireshark's form for identifiers. */
    static String hexAndDecimal(int value, int digits) {
        return hex(value, digits) + " (" + value + ")";
    }

    /** "1 (0x0001)": Wireshark's form for ICMP identifiers and sequence numbers. */
    static String decimalAndHex(int value, int digits) {
        return value + " (" + hex(value, digits) + ")";
    }

    static String setOrNot(boolean set) {
        return set ? "Set" : "Not set";
    }

    /** Short DSCP name as in "DSCP: CS0" (RFC 2474 class selectors, RFC 2597 AF, RFC 3246 EF, RFC 8622 LE). */
    static String dscp(int dscp) {
        if (dscp % 8 == 0) {
            return "CS" + dscp / 8;
        }
        int afClass = dscp / 8;
        int dropPrecedence = (dscp % 8) / 2;
        if (dscp % 2 == 0 && afClass >= 1 && afClass <= 4 && dropPrecedence >= 1 && dropPrecedence <= 3) {
            return "AF" + afClass + dropPrecedence;
        }
        return switch (dscp) {
            case 46 -> "EF PHB";
            case 44 -> "VOICE-ADMIT";
            case 1 -> "LE";
            default -> "Unknown";
        };
    }

    static String dscpDetail(int dscp) {
        return (dscp == 0 ? "Default" : dscp(dscp)) + " (" + dscp + ")";
    }

    /** ECN field of RFC 3168 §5. */
    static String ecn(int ecn) {
        return switch (ecn) {
            case 0 -> "Not-ECT";
            case 1 -> "ECT(1)";
            case 2 -> "ECT(0)";
            default -> "CE";
        };
    }

    static String ecnDetail(int ecn) {
        return switch (ecn) {
            case 0 -> "Not ECN-Capable Transport (0)";
            case 1 -> "ECN-Capable Transport codepoint '01' (1)";
            case 2 -> "ECN-Capable Transport codepoint '10' (2)";
            default -> "Congestion Experienced (3)";
        };
    }

    /** "0x00 (DSCP: CS0, ECN: Not-ECT)" for the IPv4 DS field or the IPv6 traffic class. */
    static String trafficClass(int value) {
        return hex(value, 2) + " (DSCP: " + dscp(value >>> 2) + ", ECN: " + ecn(value & 3) + ")";
    }

    /** Dotted quad for IPv4; RFC 5952 text (lower case, longest zero run as "::") for IPv6. */
    static String address(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address ? address.getHostAddress() : ipv6(b);
    }

    static String ipv6(byte[] b) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = Wire.u16(b, 2 * i);
        }
        if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0xFFFF) {
            // RFC 5952 §5: IPv4-mapped addresses end in dotted decimal.
            return "::ffff:" + (b[12] & 0xFF) + "." + (b[13] & 0xFF) + "." + (b[14] & 0xFF) + "." + (b[15] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1; // RFC 5952 §4.2.2: a single zero group is not shortened
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) { // strictly longer: the first of equal runs wins (§4.2.3)
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    static String bytes(int count) {
        return count == 1 ? "1 byte" : count + " bytes";
    }
}
