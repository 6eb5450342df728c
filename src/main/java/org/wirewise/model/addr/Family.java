package org.wirewise.model.addr;

import java.math.BigInteger;

/** IPv4 (RFC 791, 32 bits) or IPv6 (RFC 8200, 128 bits). */
public enum Family {
    IPV4(32, "IPv4"),
    IPV6(128, "IPv6");

    private final int bits;
    private final String displayName;
    private final BigInteger size;

    Family(int bits, String displayName) {
        this.bits = bits;
        this.displayName = displayName;
        this.size = BigInteger.ONE.shiftLeft(bits);
    }

    public int bits() {
        return bits;
    }

    /** 2^bits: how many addresses there are. */
    public BigInteger size() {
        return size;
    }

    public BigInteger maxValue() {
        return size.subtract(BigInteger.ONE);
    }

    public String displayName() {
        return displayName;
    }
}
