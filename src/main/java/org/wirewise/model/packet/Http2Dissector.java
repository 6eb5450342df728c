package org.wirewise.model.packet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/2 frames over cleartext TCP (RFC 9113 §4.1), named as Wireshark's http2 dissector names
 * them. A payload is HTTP/2 when it starts with the client preface or is a run of whole frames
 * of known types; a segment that starts inside a frame is left as Data (there is no reassembly
 * here). Header blocks are shown as fragments: decoding them needs the connection's HPACK table.
 */
final class Http2Dissector {

    private static final String PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
    private static final String[] TYPES = {"DATA", "HEADERS", "PRIORITY", "RST_STREAM", "SETTINGS", "PUSH_PROMISE",
        "PING", "GOAWAY", "WINDOW_UPDATE", "CONTINUATION"};
    private static final String[] SETTINGS = {"", "Header table size", "Enable PUSH", "Max concurrent streams",
        "Initial Windows size", "Max frame size", "Max header list size"};

    /** RFC 9113 §7's error codes, as Wireshark prints them ("CANCEL (8)"). */
    private static final String[] ERRORS = {"NO_ERROR", "PROTOCOL_ERROR", "INTERNAL_ERROR", "FLOW_CONTROL_ERROR",
        "SETTINGS_TIMEOUT", "STREAM_CLOSED", "FRAME_SIZE_ERROR", "REFUSED_STREAM", "CANCEL", "COMPRESSION_ERROR",
        "CONNECT_ERROR", "ENHANCE_YOUR_CALM", "INADEQUATE_SECURITY", "HTTP_1_1_REQUIRED"};

    private Http2Dissector() {
    }

    static boolean dissect(byte[] b, int off, int end, List<Field> layers) {
        int at = off;
        boolean preface = end - off >= PREFACE.length()
                && new String(b, off, PREFACE.length(), StandardCharsets.ISO_8859_1).equals(PREFACE);
        if (preface) {
            at += PREFACE.length();
        }
        if (!wholeFrames(b, at, end) || (!preface && at == end)) {
            return false;
        }
        if (preface) {
            Layer magic = new Layer("HyperText Transfer Protocol 2", off);
            magic.leaf("Magic", PREFACE.replace("\r\n", "\\r\\n"), off, PREFACE.length());
            layers.add(magic.build(at));
        }
        while (at < end) {
            int length = u24(b, at);
            layers.add(frame(b, at, length));
            if ((b[at + 3] & 0xff) == 0 && (b[at + 4] & 0x8) == 0) { // unpadded DATA: gRPC when exactly a run of messages
                GrpcDissector.dissect(b, at + 9, at + 9 + length, layers);
            }
            at += 9 + length;
        }
        return true;
    }

    private static boolean wholeFrames(byte[] b, int at, int end) {
        while (at < end) {
            if (end - at < 9) {
                return false;
            }
            int length = u24(b, at);
            if ((b[at + 3] & 0xff) >= TYPES.length || at + 9 + length > end) {
                return false;
            }
            at += 9 + length;
        }
        return true;
    }

    private static Field frame(byte[] b, int at, int length) {
        int type = b[at + 3] & 0xff;
        int flags = b[at + 4] & 0xff;
        long stream = u32(b, at + 5) & 0x7fffffffL;
        int p = at + 9;
        List<Field> kids = new ArrayList<>();
        kids.add(Field.leaf("Length", Integer.toString(length), at, 3));
        kids.add(Field.leaf("Type", TYPES[type] + " (" + type + ")", at + 3, 1));
        kids.add(Field.leaf("Flags", String.format("0x%02x", flags), at + 4, 1));
        kids.add(Field.leaf("Reserved", Long.toString((u32(b, at + 5) >>> 31) & 1), at + 5, 4));
        kids.add(Field.leaf("Stream Identifier", Long.toString(stream), at + 5, 4));
        switch (TYPES[type]) {
            case "SETTINGS" -> {
                for (int s = p; s + 6 <= p + length; s += 6) {
                    int id = ((b[s] & 0xff) << 8) | (b[s + 1] & 0xff);
                    String name = id > 0 && id < SETTINGS.length ? SETTINGS[id] : "Unknown (" + id + ")";
                    kids.add(Field.leaf("Settings - " + name, Long.toString(u32(b, s + 2)), s, 6));
                }
            }
            case "HEADERS", "CONTINUATION", "PUSH_PROMISE" ->
                    kids.add(Field.leaf("Header Block Fragment", Names.bytes(length), p, length));
            case "DATA" -> kids.add(Field.leaf("Data", Names.bytes(length), p, length));
            case "WINDOW_UPDATE" -> four(kids, "Window Size Increment", b, p, length, 0x7fffffffL);
            case "RST_STREAM" -> {
                if (length >= 4) {
                    kids.add(Field.leaf("Error", error(u32(b, p)), p, 4));
                }
            }
            case "PING" -> kids.add(Field.leaf("Ping", hex(b, p, length), p, length));
            case "GOAWAY" -> {
                four(kids, "Last-Stream-ID", b, p, length, 0x7fffffffL);
                if (length >= 8) {
                    kids.add(Field.leaf("Error", error(u32(b, p + 4)), p + 4, 4));
                    kids.add(Field.leaf("Additional Debug Data",
                            new String(b, p + 8, length - 8, StandardCharsets.UTF_8), p + 8, length - 8));
                }
            }
            default -> kids.add(Field.leaf("Payload", Names.bytes(length), p, length));
        }
        String summary = "Stream: " + TYPES[type] + ", Stream ID: " + stream + ", Length " + length;
        return new Field("HyperText Transfer Protocol 2", summary, at, 9 + length, List.of(
                new Field("Stream", summary, at, 9 + length, kids)));
    }

    private static void four(List<Field> kids, String name, byte[] b, int p, int length, long mask) {
        if (length >= 4) {
            kids.add(Field.leaf(name, Long.toString(u32(b, p) & mask), p, 4));
        }
    }

    private static String error(long code) {
        return (code < ERRORS.length ? ERRORS[(int) code] : "Unknown") + " (" + code + ")";
    }

    private static String hex(byte[] b, int p, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(String.format("%02x", b[p + i]));
        }
        return s.toString();
    }

    private static int u24(byte[] b, int at) {
        return ((b[at] & 0xff) << 16) | ((b[at + 1] & 0xff) << 8) | (b[at + 2] & 0xff);
    }

    private static long u32(byte[] b, int at) {
        return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
