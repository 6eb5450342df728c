package org.wirewise.model.tls.cert;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads back the DER a certificate is made of: one value at a time, with where it lies in the bytes. */
final class DerReader {

    private DerReader() {
    }

    /**
     * One DER value: its tag and where its header and contents lie in {@code bytes}.
     *
     * @param start  offset of the tag
     * @param body   offset of the contents
     * @param end    offset just past the contents
     */
    record Value(byte[] bytes, int tag, int start, int body, int end) {

        byte[] contents() {
            return Arrays.copyOfRange(bytes, body, end);
        }

        /** The whole encoding, tag and length included. */
        byte[] encoded() {
            return Arrays.copyOfRange(bytes, start, end);
        }

        /** The values inside a constructed one (SEQUENCE, SET, [n] EXPLICIT). */
        List<Value> children() {
            List<Value> children = new ArrayList<>();
            int at = body;
            while (at < end) {
                Value child = read(bytes, at, end);
                children.add(child);
                at = child.end;
            }
            return children;
        }

        Value child(int index) {
            return children().get(index);
        }

        BigInteger integer() {
            return new BigInteger(contents());
        }

        boolean bool() {
            return contents()[0] != 0;
        }

        String text() {
            return new String(contents(), StandardCharsets.UTF_8);
        }

        String oid() {
            StringBuilder dotted = new StringBuilder();
            long arc = 0;
            boolean first = true;
            for (int i = body; i < end; i++) {
                arc = arc << 7 | (bytes[i] & 0x7F);
                if ((bytes[i] & 0x80) == 0) {
                    if (first) {
                        long a = Math.min(arc / 40, 2);
                        dotted.append(a).append('.').append(arc - 40 * a);
                        first = false;
                    } else {
                        dotted.append('.').append(arc);
                    }
                    arc = 0;
                }
            }
            return dotted.toString();
        }

        /** A BIT STRING's bits, without the unused-bits octet. */
        byte[] bits() {
            return Arrays.copyOfRange(bytes, body + 1, end);
        }

        ZonedDateTime time() {
            String text = new String(contents(), StandardCharsets.US_ASCII);
            if (tag == Der.UTC_TIME) {
                int yy = Integer.parseInt(text.substring(0, 2));
                text = (yy >= 50 ? "19" : "20") + text; // RFC 5280 §4.1.2.5.1: YY < 50 is 20YY
            }
            return LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")).atZone(ZoneOffset.UTC);
        }
    }

    static Value read(byte[] bytes) {
        Value value = read(bytes, 0, bytes.length);
        if (value.end != bytes.length) {
            throw new IllegalArgumentException("DER: " + (bytes.length - value.end) + " bytes after the value");
        }
        return value;
    }

    static Value read(byte[] bytes, int at, int limit) {
        if (limit - at < 2) {
            throw new IllegalArgumentException("DER: a value at offset " + at + " is cut short");
        }
        int tag = bytes[at] & 0xFF;
        int first = bytes[at + 1] & 0xFF;
        int body = at + 2;
        long length = first;
        if (first >= 0x80) {
            int octets = first & 0x7F;
            if (octets == 0 || octets > 3 || body + octets > limit) {
                throw new IllegalArgumentException("DER: bad length at offset " + (at + 1));
            }
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = length << 8 | (bytes[body + i] & 0xFF);
            }
            body += octets;
        }
        if (body + length > limit) {
            throw new IllegalArgumentException("DER: the value at offset " + at + " says " + length
                    + " bytes, " + (limit - body) + " remain");
        }
        return new Value(bytes, tag, at, body, body + (int) length);
    }
}
