package org.wirewise.model.packet;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** A 48-bit IEEE 802 MAC address, immutable, printed as Wireshark does: "02:00:00:00:00:01". */
public final class MacAddress {

    private static final Pattern TEXT =
            Pattern.compile("\\p{XDigit}{2}([:-])\\p{XDigit}{2}(\\1\\p{XDigit}{2}){4}");

    /** ff:ff:ff:ff:ff:ff, where ARP requests go. Declared after TEXT, which of() needs. */
    public static final MacAddress BROADCAST = of("ff:ff:ff:ff:ff:ff");

    private final byte[] bytes;

    private MacAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Parses "02:00:00:00:00:01" (also with '-' separators, either case). */
    public static MacAddress of(String text) {
        Objects.requireNonNull(text, "text");
        if (!TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "not a MAC address: \"" + text + "\" (expected six hex pairs like 02:00:00:00:00:01)");
        }
        return new MacAddress(HexFormat.of().parseHex(text.replaceAll("[:-]", "")));
    }

    /** The six bytes in wire order; the array is copied. */
    public static MacAddress of(byte[] six) {
        Objects.requireNonNull(six, "six");
        if (six.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 bytes, got " + six.length);
        }
        return new MacAddress(six.clone());
    }

    static MacAddress read(byte[] b, int offset) {
        return new MacAddress(Arrays.copyOfRange(b, offset, offset + 6));
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Group bit (I/G) set: multicast or broadcast. */
    public boolean isMulticast() {
        return (bytes[0] & 1) != 0;
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
