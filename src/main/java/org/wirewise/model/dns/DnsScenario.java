package org.wirewise.model.dns;

/**
 * Parameters of the DNS resolution lesson.
 *
 * @param name          the name the laptop looks up first (and again, as the caches fill and expire)
 * @param type          the record type it asks for
 * @param cache         the recursive resolver starts cold (root hints only) or warm
 * @param resolverRttMs round trip from the laptop to its recursive resolver
 * @param serverRttMs   round trip from the resolver to the root, TLD and authoritative servers
 * @param ednsSize      the laptop's EDNS(0) UDP payload size; 0 sends no OPT record (512-byte limit)
 * @param seed          seeds query IDs, source ports and TCP sequence numbers
 */
public record DnsScenario(String name, RecordType type, CacheState cache, double resolverRttMs, double serverRttMs,
                          long ednsSize, long seed) {

    public static final DnsScenario DEFAULTS =
            new DnsScenario("www.example.com", RecordType.A, CacheState.COLD, 4, 60, 0, 1);

    public DnsScenario {
        try {
            name = DnsName.display(DnsName.canonical(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("name: " + e.getMessage()
                    + "; expected labels of 1 to 63 printable characters joined by dots, e.g. www.example.com");
        }
        if (type == RecordType.OPT) {
            throw new IllegalArgumentException("type: OPT is a pseudo-record, not something to look up");
        }
        if (ednsSize > 0 && ednsSize < 512) {
            throw new IllegalArgumentException("ednsSize: 0 (no EDNS) or 512 to 4096 bytes (RFC 6891 §6.2.5), got "
                    + ednsSize);
        }
    }

    public DnsMessage.Question question() {
        return new DnsMessage.Question(name, type);
    }
}
