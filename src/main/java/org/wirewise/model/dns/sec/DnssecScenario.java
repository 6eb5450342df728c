package org.wirewise.model.dns.sec;

import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsName;
import org.wirewise.model.dns.DnsScenario;
import org.wirewise.model.dns.RecordType;

/**
 * Parameters of the {@code dnssec} lesson.
 *
 * @param name  what the laptop looks up (in example.com.'s zone: www.example.com, or a name that does not exist)
 * @param type  the record type it asks for
 * @param fault the link of the chain broken on purpose, if any
 * @param seed  seeds the zones' keys, query IDs and source ports
 */
public record DnssecScenario(String name, RecordType type, SignedZones.Fault fault, long seed) {

    public static final DnssecScenario DEFAULTS = new DnssecScenario("www.example.com", RecordType.A,
            SignedZones.Fault.NONE, 1);
    /** The wall clock when the simulation starts, 2026-12-06T00:00:00Z: signatures' validity is absolute time. */
    public static final long START_EPOCH = 1_796_515_200L;
    /** Where a signature fault or a wrong DS is put: the name asked for, or example.com. for the DS. */
    public static final String ZONE = "example.com.";

    public DnssecScenario {
        try {
            name = DnsName.display(DnsName.canonical(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("name: " + e.getMessage()
                    + "; expected labels of 1 to 63 printable characters joined by dots, e.g. www.example.com");
        }
        if (type == RecordType.OPT || type == RecordType.RRSIG || type == RecordType.NSEC) {
            throw new IllegalArgumentException("type: " + type + " is not looked up on its own here; ask for A, AAAA, "
                    + "MX, TXT, NS, SOA, CNAME, DNSKEY or DS");
        }
    }

    public DnsMessage.Question question() {
        return new DnsMessage.Question(name, type);
    }

    /** The network the lesson runs on: the DNS lessons' own, the laptop with EDNS(0) at 1232 bytes. */
    DnsScenario network() {
        return new DnsScenario(name, type, org.wirewise.model.dns.CacheState.COLD, 4, 60, 1232, seed);
    }

    /** The owner whose RRset a fault damages (the DS fault names the zone). */
    String faultTarget() {
        return fault == SignedZones.Fault.DS_MISMATCH ? ZONE : DnsName.canonical(name);
    }
}
