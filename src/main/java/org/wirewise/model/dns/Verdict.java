package org.wirewise.model.dns;

import java.util.List;
import java.util.Optional;

/**
 * A validator's judgement of one answer, link by link down the chain of trust (RFC 4035 §5): secure when every
 * link holds, bogus when one does not (the resolver then answers SERVFAIL, §5.5). Data only; sentences are the
 * lesson's narration's.
 */
public record Verdict(List<Link> links) {

    /** What a link checks. */
    public enum Step {
        /** The configured trust anchor (a DS for the root) matches one of the root's DNSKEYs (RFC 4035 §5, §4.4). */
        ANCHOR,
        /** A zone's DNSKEY RRset is signed by the key its parent's DS (or the anchor) vouches for (§5.2). */
        DNSKEY,
        /** The parent signed the DS RRset it serves for the child (§5.3). */
        DS_SIGNATURE,
        /** The DS's digest is the digest of one of the child's DNSKEYs (RFC 4034 §5.1.4, RFC 4035 §5.2). */
        DS_DIGEST,
        /** An RRset of the answer is signed by its zone's key (§5.3). */
        ANSWER,
        /** The NSEC records, signed, prove the name or type does not exist (§5.4). */
        DENIAL
    }

    /** How a link came out. */
    public enum Outcome {
        VALID,
        /** The signature does not verify with the key its tag names. */
        BAD_SIGNATURE,
        /** Now is after the RRSIG's expiration. */
        EXPIRED,
        /** Now is before the RRSIG's inception. */
        NOT_YET_VALID,
        /** No DNSKEY of the zone has the RRSIG's tag and algorithm. */
        NO_KEY,
        /** No DNSKEY of the child has the DS's digest. */
        DS_MISMATCH,
        /** The records or signatures this link needs did not come. */
        MISSING,
        /** The NSEC records do not cover the name. */
        NOT_PROVEN
    }

    /**
     * One link: which step, for which zone and RRset, with which key (its tag; 0 when none), and the RRSIG's
     * validity period when one was checked (seconds since 1970; 0 when none).
     */
    public record Link(Step step, String zone, String name, RecordType type, int keyTag, Outcome outcome,
                       long inception, long expiration) {
        public boolean holds() {
            return outcome == Outcome.VALID;
        }
    }

    public Verdict {
        links = List.copyOf(links);
    }

    /** Every link holds (and there is at least one). */
    public boolean secure() {
        return !links.isEmpty() && links.stream().allMatch(Link::holds);
    }

    /** The first link, from the trust anchor down, that does not hold. */
    public Optional<Link> firstBroken() {
        return links.stream().filter(l -> !l.holds()).findFirst();
    }
}
