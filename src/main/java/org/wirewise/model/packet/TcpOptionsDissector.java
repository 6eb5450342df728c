package org.wirewise.model.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The options area of a TCP header (RFC 9293 §3.2, RFC 7323, RFC 2018) as Wireshark shows it:
 * "Options: (24 bytes), Maximum segment size, No-Operation (NOP), ..." with one child per option
 * and Kind, Length and value children at their bytes. Like Wireshark it reads on after End of
 * Option List, so each padding byte shows as one more EOL.
 */
final class TcpOptionsDissector {

    private TcpOptionsDissector() {
    }

    static Field options(byte[] b, int start, int end) {
        List<Field> options = new ArrayList<>();
        StringJoiner names = new StringJoiner(", ", "(" + Names.bytes(end - start) + "), ", "");
        names.setEmptyValue("(" + Names.bytes(end - start) + ")");
        int i = start;
        while (i < end) {
            int kind = Wire.u8(b, i);
            if (kind == TcpOption.KIND_EOL || kind == TcpOption.KIND_NOP) {
                String name = kind == TcpOption.KIND_EOL ? "End of Option List (EOL)" : "No-Operation (NOP)";
                options.add(new Field(name, "", i, 1, List.of(kindField(b, i))));
                names.add(name);
                i++;
                continue;
            }
            TcpOptionCodec.OptionHeader header;
            try {
                header = TcpOptionCodec.header(b, i, end);
            } catch (MalformedPacketException e) {
                options.add(Field.leaf(Dissector.MALFORMED, e.problem(), i, end - i));
                names.add(Dissector.MALFORMED);
                break;
            }
            Field option = option(b, i, header.length());
            options.add(option);
            names.add(option.name());
            i += header.length();
        }
        return new Field("Options", names.toString(), start, end - start, options);
    }

    private static Field option(byte[] b, int i, int length) {
        int kind = Wire.u8(b, i);
        List<Field> parts = new ArrayList<>(List.of(kindField(b, i),
                Field.leaf("Length", Integer.toString(length), i + 1, 1)));
        int expected = switch (kind) {
            case TcpOption.KIND_MSS -> 4;
            case TcpOption.KIND_WINDOW_SCALE -> 3;
            case TcpOption.KIND_SACK_PERMITTED -> 2;
            case TcpOption.KIND_TIMESTAMPS -> 10;
            default -> -1;
        };
        boolean badSack = kind == TcpOption.KIND_SACK && (length < 10 || (length - 2) % 8 != 0);
        if ((expected > 0 && length != expected) || badSack) {
            parts.add(Field.leaf(Dissector.MALFORMED, kindName(kind) + " option must be "
                    + (badSack ? "2 + 8 × blocks" : Integer.toString(expected)) + " bytes long, is " + length,
                    i + 1, 1));
            return new Field(kindName(kind), "", i, length, parts);
        }
        switch (kind) {
            case TcpOption.KIND_MSS -> {
                int mss = Wire.u16(b, i + 2);
                parts.add(Field.leaf("MSS Value", Integer.toString(mss), i + 2, 2));
                return new Field("Maximum segment size", mss + " bytes", i, length, parts);
            }
            case TcpOption.KIND_WINDOW_SCALE -> {
                int shift = Wire.u8(b, i + 2);
                // RFC 7323 §2.3: a shift above 14 is used as 14.
                long multiplier = 1L << Math.min(shift, 14);
                parts.add(Field.leaf("Shift count", Integer.toString(shift), i + 2, 1));
                parts.add(Field.leaf("Multiplier", Long.toString(multiplier), i + 2, 1));
                return new Field("Window scale", shift + " (multiply by " + multiplier + ")", i, length, parts);
            }
            case TcpOption.KIND_SACK_PERMITTED -> {
                return new Field("SACK permitted", "", i, length, parts);
            }
            case TcpOption.KIND_SACK -> {
                StringJoiner blocks = new StringJoiner(" ");
                for (int j = i + 2; j < i + length; j += 8) {
                    long left = Wire.u32(b, j);
                    long right = Wire.u32(b, j + 4);
                    parts.add(Field.leaf("left edge", Long.toString(left), j, 4));
                    parts.add(Field.leaf("right edge", Long.toString(right), j + 4, 4));
                    blocks.add(left + "-" + right);
                }
                return new Field("SACK", blocks.toString(), i, length, parts);
            }
            case TcpOption.KIND_TIMESTAMPS -> {
                long tsVal = Wire.u32(b, i + 2);
                long tsEcr = Wire.u32(b, i + 6);
                parts.add(Field.leaf("Timestamp value", Long.toString(tsVal), i + 2, 4));
                parts.add(Field.leaf("Timestamp echo reply", Long.toString(tsEcr), i + 6, 4));
                return new Field("Timestamps", "TSval " + tsVal + ", TSecr " + tsEcr, i, length, parts);
            }
            default -> {
                if (length > 2) {
                    parts.add(Field.leaf("Data", Names.bytes(length - 2), i + 2, length - 2));
                }
                return new Field(kindName(kind), Names.bytes(length), i, length, parts);
            }
        }
    }

    private static Field kindField(byte[] b, int i) {
        int kind = Wire.u8(b, i);
        return Field.leaf("Kind", kindLabel(kind) + " (" + kind + ")", i, 1);
    }

    /** The label of the Kind byte, as Wireshark prints "Kind: Time Stamp Option (8)". */
    private static String kindLabel(int kind) {
        return switch (kind) {
            case 0 -> "End of Option List";
            case 1 -> "No-Operation";
            case 2 -> "Maximum Segment Size";
            case 3 -> "Window Scale";
            case 4 -> "SACK Permitted";
            case 5 -> "SACK";
            case 8 -> "Time Stamp Option";
            default -> kindName(kind);
        };
    }

    /** The option's name for kinds without a record of their own (IANA TCP option kinds). */
    private static String kindName(int kind) {
        return switch (kind) {
            case 2 -> "Maximum segment size";
            case 3 -> "Window scale";
            case 4 -> "SACK permitted";
            case 5 -> "SACK";
            case 8 -> "Timestamps";
            case 19 -> "TCP MD5 signature";
            case 28 -> "User Timeout";
            case 29 -> "TCP Authentication Option";
            case 30 -> "Multipath TCP";
            case 34 -> "TCP Fast Open Cookie";
            case 253, 254 -> "RFC3692-style Experiment";
            default -> "Unknown (" + kind + ")";
        };
    }
}
