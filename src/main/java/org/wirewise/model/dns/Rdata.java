package org.wirewise.model.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** The data of a resource record, one shape per type (RFC 1035 §3.3, RFC 3596 §2.2, RFC 6891 §6.1.2, RFC 4034). */
public sealed interface Rdata {

    /** A (4 bytes) or AAAA (16 bytes). */
    record Address(InetAddress address) implements Rdata {
        public Address {
            Objects.requireNonNull(address, "address");
        }

        /** From an address literal ("192.0.2.10", "2001:db8::10"). */
        public static Address of(String literal) {
            return new Address(org.wirewise.model.net.Host.literal(literal));
        }

        public RecordType type() {
            return address instanceof Inet6Address ? RecordType.AAAA : RecordType.A;
        }

        @Override
        public String toString() {
            return address.getHostAddress();
        }
    }

    /** NS or CNAME: one domain name (compressible, RFC 1035 §3.3). */
    record Target(String name) implements Rdata {
        public Target {
            name = DnsName.canonical(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** MX (RFC 1035 §3.3.9). */
    record Mx(int preference, String exchange) implements Rdata {
        public Mx {
            exchange = DnsName.canonical(exchange);
        }

        @Override
        public String toString() {
            return preference + " " + exchange;
        }
    }

    /** TXT: one or more character-strings of at most 255 bytes each (RFC 1035 §3.3.14). */
    record Txt(List<String> strings) implements Rdata {
        public Txt {
            strings = List.copyOf(strings);
            for (String s : strings) {
                if (s.length() > 255) {
                    throw new IllegalArgumentException("a TXT character-string holds at most 255 bytes");
                }
            }
        }

        @Override
        public String toString() {
            return strings.stream().map(s -> "\"" + s + "\"").reduce((a, b) -> a + " " + b).orElse("");
        }
    }

    /** SOA (RFC 1035 §3.3.13); {@code minimum} is the negative-caching TTL (RFC 2308 §4). */
    record Soa(String mname, String rname, long serial, long refresh, long retry, long expire, long minimum)
            implements Rdata {
        public Soa {
            mname = DnsName.canonical(mname);
            rname = DnsName.canonical(rname);
        }

        @Override
        public String toString() {
            return mname + " " + rname + " " + serial + " " + refresh + " " + retry + " " + expire + " " + minimum;
        }
    }

    /** OPT's data: no options here (RFC 6891 §6.1.2); the record's class carries the payload size. */
    record Empty() implements Rdata {
        @Override
        public String toString() {
            return "";
        }
    }
    /** DNSKEY (RFC 4034 §2.1): flags (256 a zone key, 257 with the Secure Entry Point bit: a KSK), protocol 3, algorithm, key. */
    record Dnskey(int flags, int protocol, int algorithm, byte[] publicKey) implements Rdata {
        public static final int ZONE_KEY = 256;
        public static final int SECURE_ENTRY_POINT = 1;

        public Dnskey {
            publicKey = publicKey.clone();
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dnskey k && k.flags == flags && k.protocol == protocol && k.algorithm == algorithm
                    && Arrays.equals(k.publicKey, publicKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(flags, protocol, algorithm, Arrays.hashCode(publicKey));
        }

        @Override
        public String toString() {
            return flags + " " + protocol + " " + algorithm + " " + Base64.getEncoder().encodeToString(publicKey);
        }
    }

    /** DS (RFC 4034 §5.1): in the parent, the digest of the child's key-signing DNSKEY. */
    record Ds(int keyTag, int algorithm, int digestType, byte[] digest) implements Rdata {
        public Ds {
            digest = digest.clone();
        }

        @Override
        public byte[] digest() {
            return digest.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ds d && d.keyTag == keyTag && d.algorithm == algorithm && d.digestType == digestType
                    && Arrays.equals(d.digest, digest);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyTag, algorithm, digestType, Arrays.hashCode(digest));
        }

        @Override
        public String toString() {
            return keyTag + " " + algorithm + " " + digestType + " " + HexFormat.of().formatHex(digest);
        }
    }

    /** RRSIG (RFC 4034 §3.1): a signature over one RRset; times are seconds since 1970 (serial arithmetic aside). */
    record Rrsig(RecordType typeCovered, int algorithm, int labels, long originalTtl, long expiration, long inception,
                 int keyTag, String signer, byte[] signature) implements Rdata {
        public Rrsig {
            Objects.requireNonNull(typeCovered, "typeCovered");
            signer = DnsName.canonical(signer);
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        /** The same fields with another signature (a signer fills it in last). */
        public Rrsig withSignature(byte[] newSignature) {
            return new Rrsig(typeCovered, algorithm, labels, originalTtl, expiration, inception, keyTag, signer,
                    newSignature);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rrsig r && r.typeCovered == typeCovered && r.algorithm == algorithm && r.labels == labels
                    && r.originalTtl == originalTtl && r.expiration == expiration && r.inception == inception
                    && r.keyTag == keyTag && r.signer.equals(signer) && Arrays.equals(r.signature, signature);
        }

        @Override
        public int hashCode() {
            return Objects.hash(typeCovered, keyTag, expiration, Arrays.hashCode(signature));
        }

        @Override
        public String toString() {
            return typeCovered + " " + algorithm + " " + labels + " " + originalTtl + " " + expiration + " " + inception
                    + " " + keyTag + " " + signer + " " + Base64.getEncoder().encodeToString(signature);
        }
    }

    /** NSEC (RFC 4034 §4.1): the next name in the zone's canonical order and the types this name has. */
    record Nsec(String next, List<RecordType> types) implements Rdata {
        public Nsec {
            next = DnsName.canonical(next);
            types = types.stream().distinct().sorted(java.util.Comparator.comparingInt(RecordType::code)).toList();
        }

        /**
         * Whether this NSEC, owned by {@code owner}, proves {@code name} absent: the name sorts strictly between the
         * owner and the next name, or after the owner when the chain wraps from the zone's last name to its apex.
         */
        public boolean covers(String owner, String name) {
            boolean after = DnsName.CANONICAL_ORDER.compare(owner, name) < 0;
            boolean before = DnsName.CANONICAL_ORDER.compare(name, next) < 0;
            return DnsName.CANONICAL_ORDER.compare(next, owner) <= 0 ? after || before : after && before;
        }

        @Override
        public String toString() {
            return next + " " + String.join(" ", types.stream().map(RecordType::name).toList());
        }
    }
}
