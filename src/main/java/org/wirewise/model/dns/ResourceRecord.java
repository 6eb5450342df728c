package org.wirewise.model.dns;

import java.util.Objects;

/**
 * One resource record (RFC 1035 §4.1.3). For OPT (RFC 6891 §6.1.2) the class is the sender's UDP
 * payload size and the TTL the extended RCODE and flags; {@link #opt(int)} builds one.
 */
public record ResourceRecord(String name, RecordType type, int klass, long ttl, Rdata data) {

    public static final int IN = 1;
    /** In an OPT record's TTL: the DO bit, the top bit of the flags after extended RCODE and version (RFC 6891 §6.1.4). */
    public static final long DO_BIT = 0x8000;

    public ResourceRecord {
        name = DnsName.canonical(name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (ttl < 0 || ttl > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("a TTL is a 32-bit unsigned number");
        }
    }

    public static ResourceRecord in(String name, RecordType type, long ttl, Rdata data) {
        return new ResourceRecord(name, type, IN, ttl, data);
    }

    /** An EDNS(0) OPT pseudo-record advertising {@code udpPayloadSize} bytes (RFC 6891 §6.2.3). */
    public static ResourceRecord opt(int udpPayloadSize) {
        return opt(udpPayloadSize, false);
    }

    /** The same, with the DO bit set when {@code dnssecOk} (RFC 3225 §3). */
    public static ResourceRecord opt(int udpPayloadSize, boolean dnssecOk) {
        return new ResourceRecord(DnsName.ROOT, RecordType.OPT, udpPayloadSize, dnssecOk ? DO_BIT : 0, new Rdata.Empty());
    }

    /** The same record with another TTL (what a cache hands out as the TTL counts down). */
    public ResourceRecord withTtl(long newTtl) {
        return new ResourceRecord(name, type, klass, newTtl, data);
    }

    @Override
    public String toString() {
        return type == RecordType.OPT ? "OPT udp=" + klass + ((ttl & DO_BIT) != 0 ? " DO" : "")
                : DnsName.display(name) + " " + ttl + " " + type + " " + data;
    }
}
