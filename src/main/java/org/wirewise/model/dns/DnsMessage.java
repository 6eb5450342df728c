package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A DNS message (RFC 1035 §4.1): the header's ID and flags (AD, "authentic data", is RFC 4035 §3.2.3's: the
 * resolver validated every record in the answer), the question and the answer, authority and additional sections. Immutable; {@link DnsWire} turns it into bytes and back.
 */
public record DnsMessage(int id, boolean response, int opcode, boolean authoritative, boolean truncated,
                         boolean recursionDesired, boolean recursionAvailable, boolean authenticData, Rcode rcode,
                         List<Question> questions, List<ResourceRecord> answers, List<ResourceRecord> authority,
                         List<ResourceRecord> additional) {

    /** What a message asks (RFC 1035 §4.1.2). */
    public record Question(String name, RecordType type) {
        public Question {
            name = DnsName.canonical(name);
        }

        @Override
        public String toString() {
            return DnsName.display(name) + " " + type;
        }
    }

    /** Response codes (RFC 1035 §4.1.1, RFC 2308 for NXDOMAIN's negative caching). */
    public enum Rcode {
        NOERROR(0), FORMERR(1), SERVFAIL(2), NXDOMAIN(3), NOTIMP(4), REFUSED(5);

        private final int code;

        Rcode(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        static Optional<Rcode> of(int code) {
            for (Rcode r : values()) {
                if (r.code == code) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    public DnsMessage {
        if (id < 0 || id > 0xFFFF) {
            throw new IllegalArgumentException("a DNS ID is 16 bits");
        }
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        authority = List.copyOf(authority);
        additional = List.copyOf(additional);
    }

    /** A standard query for one question, with EDNS(0) advertising {@code ednsSize} bytes, or none when 0. */
    public static DnsMessage query(int id, Question q, boolean recursionDesired, int ednsSize) {
        return query(id, q, recursionDesired, ednsSize, false);
    }

    /** The same with the OPT record's DO bit, "DNSSEC OK": send me RRSIGs too (RFC 3225 §3). */
    public static DnsMessage query(int id, Question q, boolean recursionDesired, int ednsSize, boolean dnssecOk) {
        return new DnsMessage(id, false, 0, false, false, recursionDesired, false, false, Rcode.NOERROR, List.of(q),
                List.of(), List.of(), ednsSize > 0 ? List.of(ResourceRecord.opt(ednsSize, dnssecOk)) : List.of());
    }

    /** A response to {@code query}: same ID, question and RD (RFC 1035 §4.1.1). */
    public static DnsMessage reply(DnsMessage query, boolean authoritative, boolean recursionAvailable, Rcode rcode,
                                   List<ResourceRecord> answers, List<ResourceRecord> authority,
                                   List<ResourceRecord> additional) {
        return new DnsMessage(query.id, true, query.opcode, authoritative, false, query.recursionDesired,
                recursionAvailable, false, rcode, query.questions, answers, authority, additional);
    }

    /** The question (every message here asks one). */
    public Question question() {
        return questions.get(0);
    }

    /** The UDP payload size the sender's OPT record advertises, if it has one (RFC 6891 §6.2.3). */
    public Optional<Integer> ednsSize() {
        return additional.stream().filter(r -> r.type() == RecordType.OPT).map(ResourceRecord::klass).findFirst();
    }

    /** The largest UDP answer the sender of this query accepts: its EDNS size, at least 512 (RFC 6891 §6.2.5). */
    public int udpLimit() {
        return Math.max(512, ednsSize().orElse(512));
    }

    /**
     * This response cut to fit: TC set, only the question and the OPT record kept, which is what
     * BIND and Unbound send when the answer would not fit (RFC 2181 §9 lets the client discard the rest).
     */
    public DnsMessage truncatedCopy() {
        List<ResourceRecord> opt = new ArrayList<>();
        additional.stream().filter(r -> r.type() == RecordType.OPT).forEach(opt::add);
        return new DnsMessage(id, response, opcode, authoritative, true, recursionDesired, recursionAvailable,
                authenticData, rcode, questions, List.of(), List.of(), opt);
    }

    /** Whether this answer is a referral: no answer, NS records below the asked zone in authority, not AA. */
    public boolean isReferral() {
        return response && rcode == Rcode.NOERROR && answers.isEmpty() && !authoritative
                && authority.stream().anyMatch(r -> r.type() == RecordType.NS);
    }

    public DnsMessage withId(int newId) {
        return new DnsMessage(newId, response, opcode, authoritative, truncated, recursionDesired, recursionAvailable,
                authenticData, rcode, questions, answers, authority, additional);
    }

    /** The same message with the AD bit set or clear. */
    public DnsMessage withAuthenticData(boolean ad) {
        return new DnsMessage(id, response, opcode, authoritative, truncated, recursionDesired, recursionAvailable,
                ad, rcode, questions, answers, authority, additional);
    }

    /** Whether the sender's OPT record has the DO bit: it wants DNSSEC records (RFC 3225 §3). */
    public boolean dnssecOk() {
        return additional.stream().anyMatch(r -> r.type() == RecordType.OPT && (r.ttl() & ResourceRecord.DO_BIT) != 0);
    }
}
