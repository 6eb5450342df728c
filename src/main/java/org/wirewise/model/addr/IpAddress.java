package org.wirewise.model.addr;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * An IPv4 or IPv6 address as a number. Parsing is strict and every refusal names what is wrong;
 * {@link #toString()} is the canonical text: dotted decimal for IPv4, RFC 5952 §4 for IPv6.
 *
 * @param family IPv4 or IPv6
 * @param value  the address as an unsigned number of {@code family.bits()} bits
 */
public record IpAddress(Family family, BigInteger value) implements Comparable<IpAddress> {

    public IpAddress {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.bitLength() > family.bits()) {
            throw new IllegalArgumentException("not a " + family.bits() + "-bit value: " + value);
        }
    }

    public static IpAddress of(Family family, BigInteger value) {
        return new IpAddress(family, value);
    }

    public static IpAddress ipv4(long value) {
        return new IpAddress(Family.IPV4, BigInteger.valueOf(value));
    }

    /** Parses an IPv4 or IPv6 address; the family is told by the first '.' or ':'. */
    public static IpAddress parse(String text) {
        TextChecks.requirePlain(text, "address");
        return text.indexOf(':') >= 0 ? new IpAddress(Family.IPV6, Ipv6Text.parse(text))
                : new IpAddress(Family.IPV4, BigInteger.valueOf(Ipv4Text.parse(text)));
    }

    public boolean isIpv4() {
        return family == Family.IPV4;
    }

    /** ::ffff:0:0/96 (RFC 4291 §2.5.5.2). */
    public boolean isIpv4Mapped() {
        return family == Family.IPV6 && value.shiftRight(32).equals(BigInteger.valueOf(0xFFFF));
    }

    /** The byte at {@code index} (0 is the most significant). */
    public int octet(int index) {
        return value.shiftRight(family.bits() - 8 * (index + 1)).intValue() & 0xFF;
    }

    /** The 16-bit group at {@code index} of an IPv6 address (0 is the first). */
    public int group(int index) {
        return value.shiftRight(family.bits() - 16 * (index + 1)).intValue() & 0xFFFF;
    }

    /** The bit at {@code index} counted from the most significant (0). */
    public boolean bit(int index) {
        return value.testBit(family.bits() - 1 - index);
    }

    /** Every bit, most significant first, as '0' and '1'. */
    public String bits() {
        StringBuilder b = new StringBuilder(family.bits());
        for (int i = 0; i < family.bits(); i++) {
            b.append(bit(i) ? '1' : '0');
        }
        return b.toString();
    }

    /** Bits grouped as people read them: octets with '.' (IPv4), 16-bit groups with ':' (IPv6). */
    public String groupedBits() {
        String bits = bits();
        int group = isIpv4() ? 8 : 16;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bits.length(); i += group) {
            if (i > 0) {
                b.append(isIpv4() ? '.' : ':');
            }
            b.append(bits, i, i + group);
        }
        return b.toString();
    }

    /** Hexadecimal: 0xC0000201 for IPv4, the full eight groups for IPv6. */
    public String hex() {
        return isIpv4() ? String.format(Locale.ROOT, "0x%08X", value.longValue()) : Ipv6Text.full(this, false);
    }

    /** IPv6 with all eight groups of four digits; IPv4 as dotted decimal. */
    public String fullForm() {
        return isIpv4() ? toString() : Ipv6Text.full(this, false);
    }

    public IpAddress plus(BigInteger delta) {
        return new IpAddress(family, value.add(delta));
    }

    public IpAddress plus(long delta) {
        return plus(BigInteger.valueOf(delta));
    }

    @Override
    public int compareTo(IpAddress other) {
        int f = family.compareTo(other.family);
        return f != 0 ? f : value.compareTo(other.value);
    }

    /** Canonical text: dotted decimal, or RFC 5952 §4 (with §5's dotted tail for IPv4-mapped). */
    @Override
    public String toString() {
        if (isIpv4()) {
            long v = value.longValue();
            return (v >>> 24) + "." + ((v >>> 16) & 0xFF) + "." + ((v >>> 8) & 0xFF) + "." + (v & 0xFF);
        }
        return Rfc5952.canonical(this);
    }
}
