package org.wirewise.model.dns;

/**
 * Parameters of the {@code encrypted-dns} lesson.
 *
 * @param name          the first name the laptop asks for, over each transport in turn
 * @param second        the second name, asked once the first is answered (on the open connection for DoT and DoH)
 * @param type          the record type of both questions
 * @param resolverRttMs round trip from the laptop to the resolver
 * @param seed          seeds query IDs, ports, sequence numbers and the TLS keys
 */
public record EncryptedDnsScenario(String name, String second, RecordType type, double resolverRttMs, long seed) {

    public static final EncryptedDnsScenario DEFAULTS =
            new EncryptedDnsScenario("www.example.com", "mail.example.com", RecordType.A, 20, 1);

    public EncryptedDnsScenario {
        name = checked("name", name);
        second = checked("second", second);
        if (type == RecordType.OPT || type == RecordType.ANY) {
            throw new IllegalArgumentException("type: " + type + " is not looked up here; ask for A, AAAA, CNAME, NS, "
                    + "MX, TXT or SOA");
        }
    }

    private static String checked(String key, String name) {
        try {
            return DnsName.display(DnsName.canonical(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage()
                    + "; expected labels of 1 to 63 printable characters joined by dots, e.g. www.example.com");
        }
    }

    /** The two questions, in the order asked. */
    public java.util.List<DnsMessage.Question> questions() {
        return java.util.List.of(new DnsMessage.Question(name, type), new DnsMessage.Question(second, type));
    }

    /** The DNS lessons' network with this round trip to the resolver (the far servers' RTT does not matter: it is warmed). */
    DnsScenario network() {
        return new DnsScenario(name, type, CacheState.WARM, resolverRttMs, 60, 0, seed);
    }
}
