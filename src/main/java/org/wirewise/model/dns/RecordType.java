package org.wirewise.model.dns;

import java.util.Optional;

/** The record types the DNS lessons build and read (IANA "Resource Record (RR) TYPEs"); DS to DNSKEY are DNSSEC's (RFC 4034). */
public enum RecordType {
    A(1), NS(2), CNAME(5), SOA(6), MX(15), TXT(16), AAAA(28), OPT(41), DS(43), RRSIG(46), NSEC(47), DNSKEY(48),
    /** A question only: every record at the name (RFC 1035 §3.2.3 "*"; RFC 8482 lets servers answer it minimally). */
    ANY(255);

    private final int code;

    RecordType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<RecordType> of(int code) {
        for (RecordType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
