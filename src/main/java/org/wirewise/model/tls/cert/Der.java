package org.wirewise.model.tls.cert;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A small DER encoder (ITU-T X.690 §10, the distinguished encoding X.509 requires): every value is
 * "tag, length, contents", lengths in the shortest form. Only the types a certificate uses.
 */
final class Der {

    static final int BOOLEAN = 0x01;
    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int UTF8_STRING = 0x0C;
    static final int UTC_TIME = 0x17;
    static final int GENERALIZED_TIME = 0x18;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

    private Der() {
    }

    static byte[] tlv(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
        out.write(tag);
        int length = contents.length;
        if (length < 0x80) {
            out.write(length); // short form
        } else {
            int octets = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | octets); // long form: how many length octets follow
            for (int i = octets - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(contents);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... elements) {
        return tlv(SEQUENCE, concat(elements));
    }

    /** A SET OF with one element: DER sorts SET OF elements, so one element needs no sorting. */
    static byte[] setOfOne(byte[] element) {
        return tlv(SET, element);
    }

    /** [n] EXPLICIT: a constructed context-specific tag around the whole encoding. */
    static byte[] explicit(int number, byte[] encoded) {
        return tlv(0xA0 | number, encoded);
    }

    /** [n] IMPLICIT on a primitive type: the context tag replaces the type's own. */
    static byte[] implicit(int number, byte[] contents) {
        return tlv(0x80 | number, contents);
    }

    static byte[] integer(BigInteger value) {
        return tlv(INTEGER, value.toByteArray()); // two's complement, minimal: what DER asks
    }

    static byte[] integer(long value) {
        return integer(BigInteger.valueOf(value));
    }

    /** BOOLEAN TRUE is 0xFF in DER (X.690 §11.1). */
    static byte[] bool(boolean value) {
        return tlv(BOOLEAN, new byte[] {(byte) (value ? 0xFF : 0)});
    }

    static byte[] octetString(byte[] contents) {
        return tlv(OCTET_STRING, contents);
    }

    static byte[] utf8(String text) {
        return tlv(UTF8_STRING, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A BIT STRING: the first contents octet counts the unused bits at the end of the last. */
    static byte[] bitString(byte[] bits, int unusedBits) {
        byte[] contents = new byte[bits.length + 1];
        contents[0] = (byte) unusedBits;
        System.arraycopy(bits, 0, contents, 1, bits.length);
        return tlv(BIT_STRING, contents);
    }

    /** An OBJECT IDENTIFIER: the first two arcs as 40·a+b, every arc in base 128, high bit "more follows". */
    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        base128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            base128(out, Long.parseLong(arcs[i]));
        }
        return tlv(OID, out.toByteArray());
    }

    /**
     * A Time (RFC 5280 §4.1.2.5): UTCTime (two-digit year) for 1950 to 2049, GeneralizedTime from
     * 2050 on, always in seconds with a Z.
     */
    static byte[] time(ZonedDateTime at) {
        ZonedDateTime utc = at.withZoneSameInstant(ZoneOffset.UTC);
        boolean utcTime = utc.getYear() >= 1950 && utc.getYear() <= 2049;
        String text = (utcTime ? UTC : GENERALIZED).format(utc);
        return tlv(utcTime ? UTC_TIME : GENERALIZED_TIME, text.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void base128(ByteArrayOutputStream out, long value) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int seven = (int) (value >>> (7 * i)) & 0x7F;
            out.write(i == 0 ? seven : seven | 0x80);
        }
    }
}
