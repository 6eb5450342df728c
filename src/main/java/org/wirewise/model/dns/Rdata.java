package org.wirewise.model.dns;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/** The data of a resource record, one shape per type (RFC 1035 §3.3, RFC 3596 §2.2, RFC 6891 §6.1.2). */
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
}
