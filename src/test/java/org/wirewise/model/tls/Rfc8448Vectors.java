package org.wirewise.model.tls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of RFC 8448 §3 and §4 as typed into rfc8448-section3.txt and rfc8448-section4.txt, by name. */
final class Rfc8448Vectors {

    private static final Map<String, byte[]> VALUES = load("rfc8448-section3.txt");
    private static final Map<String, byte[]> SECTION4 = load("rfc8448-section4.txt");

    private Rfc8448Vectors() {
    }

    static byte[] hex(String name) {
        return value(VALUES, "rfc8448-section3.txt", name);
    }

    /** A value of §4 ("Resumed 0-RTT Handshake"). */
    static byte[] hex4(String name) {
        return value(SECTION4, "rfc8448-section4.txt", name);
    }

    private static byte[] value(Map<String, byte[]> values, String file, String name) {
        byte[] v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(file + " has no value " + name);
        }
        return v.clone();
    }

    /** A handshake message from the file as a HandshakeMessage. */
    static HandshakeMessage message(String name) {
        byte[] m = hex(name);
        return new HandshakeMessage(HandshakeType.of(m[0] & 0xFF), java.util.Arrays.copyOfRange(m, 4, m.length));
    }

    /** The values typed into {@code resource} (a file of the same format), by name. */
    static Map<String, byte[]> load(String resource) {
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Rfc8448Vectors.class.getResourceAsStream(resource), StandardCharsets.US_ASCII))) {
            String name = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0))) {
                    int colon = line.indexOf(':');
                    name = line.substring(0, colon);
                    text.put(name, new StringBuilder(line.substring(colon + 1)));
                } else {
                    text.get(name).append(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        text.forEach((k, v) -> out.put(k, HexFormat.of().parseHex(v.toString().replaceAll("\\s", ""))));
        // The RFC shows the ClientHello message (196 octets) and the record carrying it; the message is the record's body.
        byte[] record = out.get("client_hello_record");
        out.put("client_hello", java.util.Arrays.copyOfRange(record, TlsRecord.HEADER_LENGTH, record.length));
        return out;
    }
}
