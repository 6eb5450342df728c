package org.wirewise.model.packet;

import java.util.List;

/**
 * gRPC messages in an HTTP/2 DATA frame (gRPC's PROTOCOL-HTTP2.md: a compressed flag, a 4-byte
 * length, the message) and each uncompressed message's protobuf fields read without a schema,
 * named as Wireshark's grpc and protobuf dissectors name them: field number, wire type, length,
 * value. Wireshark knows a stream is gRPC from its content-type; a DATA payload here is gRPC only
 * if it is exactly a run of whole messages with flags 0 or 1. The varint reading is this core
 * package's own: the core may not use {@code model.http.grpc}, where the encoder lives.
 */
final class GrpcDissector {

    private static final int PREFIX = 5;
    private static final String[] WIRE_TYPES = {"varint (0)", "64-bit (1)", "Length-delimited (2)", "Start group (3)",
        "End group (4)", "32-bit (5)"};

    private GrpcDissector() {
    }

    static boolean dissect(byte[] b, int off, int end, List<Field> layers) {
        if (!wholeMessages(b, off, end)) {
            return false;
        }
        for (int at = off; at < end; ) {
            int length = (int) u32(b, at + 1);
            Layer grpc = new Layer("GRPC Message", at);
            grpc.leaf("Compressed Flag", b[at] == 0 ? "Not Compressed (0)" : "Compressed (1)", at, 1);
            grpc.leaf("Message Length", Integer.toString(length), at + 1, 4);
            grpc.leaf("Message Data", Names.bytes(length), at + PREFIX, length);
            layers.add(grpc.build(at + PREFIX + length));
            if (b[at] == 0) {
                layers.add(protobuf(b, at + PREFIX, at + PREFIX + length));
            }
            at += PREFIX + length;
        }
        return true;
    }

    private static boolean wholeMessages(byte[] b, int at, int end) {
        if (end - at < PREFIX) {
            return false;
        }
        while (at < end) {
            if (end - at < PREFIX || (b[at] & 0xff) > 1 || u32(b, at + 1) > end - at - PREFIX) {
                return false;
            }
            at += PREFIX + (int) u32(b, at + 1);
        }
        return true;
    }

    /** One message's fields in wire order; bytes that break the encoding end it with a Malformed field. */
    private static Field protobuf(byte[] b, int start, int end) {
        Layer layer = new Layer("Protocol Buffers", start);
        int at = start;
        while (at < end) {
            long[] tag = varint(b, at, end);
            int type = tag == null ? -1 : (int) (tag[0] & 7);
            if (tag == null || type > 5 || type == 3 || type == 4) {
                layer.malformed(tag == null ? "a tag that does not end" : "wire type " + type + " (no value layout)", at, end);
                break;
            }
            long number = tag[0] >>> 3;
            int valueAt = at + (int) tag[1];
            Layer field = new Layer("Field(" + number + ")", at);
            field.leaf("Field Number", Long.toString(number), at, (int) tag[1]);
            field.leaf("Wire Type", WIRE_TYPES[type], at, 1);
            int valueEnd = value(b, valueAt, end, type, field);
            if (valueEnd < 0) {
                layer.malformed("field " + number + "'s value runs past the message", at, end);
                break;
            }
            Field built = field.build(valueEnd);
            layer.add(new Field(built.name(), summary(built), built.offset(), built.length(), built.children()));
            at = valueEnd;
        }
        return layer.build(end);
    }

    /** Adds the value's fields and returns where it ends, or -1 when it does not fit. */
    private static int value(byte[] b, int at, int end, int type, Layer field) {
        switch (type) {
            case 0 -> {
                long[] v = varint(b, at, end);
                if (v == null) {
                    return -1;
                }
                field.leaf("Value", Long.toUnsignedString(v[0]), at, (int) v[1]);
                return at + (int) v[1];
            }
            case 2 -> {
                long[] n = varint(b, at, end);
                if (n == null || n[0] < 0 || n[0] > end - at - n[1]) {
                    return -1;
                }
                int from = at + (int) n[1];
                field.leaf("Value Length", Long.toString(n[0]), at, (int) n[1]);
                field.leaf("Value", text(b, from, from + (int) n[0]), from, (int) n[0]);
                return from + (int) n[0];
            }
            default -> {
                int size = type == 1 ? 8 : 4;
                if (end - at < size) {
                    return -1;
                }
                field.leaf("Value", hex(b, at, at + size), at, size);
                return at + size;
            }
        }
    }

    private static String summary(Field f) {
        return f.children().stream().filter(c -> c.name().equals("Value")).map(Field::value).findFirst().orElse("");
    }

    /** The varint at {@code at} as {value, length}, or null when it runs past the end or ten bytes. */
    private static long[] varint(byte[] b, int at, int end) {
        long value = 0;
        for (int i = 0; i < 10 && at + i < end; i++) {
            value |= (long) (b[at + i] & 0x7f) << (7 * i);
            if ((b[at + i] & 0x80) == 0) {
                return new long[] {value, i + 1};
            }
        }
        return null;
    }

    /** Printable ASCII as a quoted string (most LEN fields a person reads are), anything else as hex. */
    private static String text(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0x20 || b[i] > 0x7e) {
                return hex(b, from, to);
            }
        }
        return to > from ? "\"" + new String(b, from, to - from, java.nio.charset.StandardCharsets.US_ASCII) + "\"" : "";
    }

    private static String hex(byte[] b, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(String.format("%02x", b[i]));
        }
        return s.toString();
    }

    private static long u32(byte[] b, int at) {
        return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
