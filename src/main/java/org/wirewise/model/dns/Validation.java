package org.wirewise.model.dns;

import java.util.List;
import java.util.Optional;

/**
 * The judge a validating {@link RecursiveResolver} hands what it gathered to (RFC 4035 §5). The resolver only
 * fetches; the cryptography lives in {@code model.dns.sec}, which implements this.
 */
public interface Validation {

    /** One RRset as it came, with the RRSIGs that came with it (perhaps none). */
    record SignedSet(String name, RecordType type, List<ResourceRecord> records, List<ResourceRecord> signatures) {
        public SignedSet {
            name = DnsName.canonical(name);
            records = List.copyOf(records);
            signatures = List.copyOf(signatures);
        }

        /** The {@code type} RRset at {@code name} in {@code section} and the RRSIGs covering it. */
        public static SignedSet of(List<ResourceRecord> section, String name, RecordType type) {
            String n = DnsName.canonical(name);
            return new SignedSet(n, type,
                    section.stream().filter(r -> r.name().equals(n) && r.type() == type).toList(),
                    section.stream().filter(r -> r.name().equals(n) && r.type() == RecordType.RRSIG
                            && ((Rdata.Rrsig) r.data()).typeCovered() == type).toList());
        }

        /** Every RRset in {@code section} but OPT, each with its RRSIGs, in the order the sets first appear. */
        public static List<SignedSet> all(List<ResourceRecord> section) {
            return section.stream().filter(r -> r.type() != RecordType.RRSIG && r.type() != RecordType.OPT)
                    .map(r -> r.name() + " " + r.type().name()).distinct()
                    .map(key -> {
                        String[] parts = key.split(" ");
                        return of(section, parts[0], RecordType.valueOf(parts[1]));
                    }).toList();
        }
    }

    /** A zone on the way down: the DS RRset its parent served (none for the root) and its own DNSKEY RRset. */
    record ZoneKeys(String zone, Optional<SignedSet> ds, SignedSet dnskeys) {
    }

    /** All of it, for one answer: the zones from the root down, and the answer's RRsets or the denial's. */
    record Evidence(DnsMessage.Question question, DnsMessage.Rcode rcode, List<ZoneKeys> zones, List<SignedSet> answer,
                    List<SignedSet> denial) {
        public Evidence {
            zones = List.copyOf(zones);
            answer = List.copyOf(answer);
            denial = List.copyOf(denial);
        }
    }

    /** The verdict on {@code evidence} at {@code epochSeconds} (signatures' validity is absolute time). */
    Verdict judge(Evidence evidence, long epochSeconds);
}
