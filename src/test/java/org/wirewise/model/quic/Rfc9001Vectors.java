package org.wirewise.model.quic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of RFC 9001 Appendix A as typed into rfc9001-appendix-a.txt, by name. */
final class Rfc9001Vectors {

    private static final Map<String, byte[]> VALUES = load();

    private Rfc9001Vectors() {
    }

    static byte[] hex(String name) {
        byte[] v = VALUES.get(name);
        if (v == null) {
            throw new IllegalArgumentException("rfc9001-appendix-a.txt has no value " + name);
        }
        return v.clone();
    }

    private static Map<String, byte[]> load() {
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Rfc9001Vectors.class.getResourceAsStream("rfc9001-appendix-a.txt"), StandardCharsets.US_ASCII))) {
            String name = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (Character.isWhitespace(line.charAt(0))) {
                    text.get(name).append(line);
                } else {
                    name = line.substring(0, line.indexOf(':'));
                    text.put(name, new StringBuilder(line.substring(name.length() + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        text.forEach((k, v) -> out.put(k, HexFormat.of().parseHex(v.toString().replaceAll("\\s", ""))));
        return out;
    }
}
