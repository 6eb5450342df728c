package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.List;

/** Reads the data of DNSKEY, DS, RRSIG and NSEC (RFC 4034 §2.2, §5.1, §3.1, §4.1) for {@link DnsReader}. */
final class DnssecReader {

    private final DnsReader in;

    DnssecReader(DnsReader in) {
        this.in = in;
    }

    Rdata rdata(RecordType type, int at, int length) throws DnsFormatException {
        int end = at + length;
        return switch (type) {
            case DNSKEY -> {
                fixed(at, length, 4, "a DNSKEY's flags, protocol and algorithm");
                yield new Rdata.Dnskey(in.u16(at), in.u8(at + 2), in.u8(at + 3), in.bytes(at + 4, end));
            }
            case DS -> {
                fixed(at, length, 4, "a DS's key tag, algorithm and digest type");
                yield new Rdata.Ds(in.u16(at), in.u8(at + 2), in.u8(at + 3), in.bytes(at + 4, end));
            }
            case RRSIG -> rrsig(at, end, length);
            case NSEC -> nsec(at, end);
            default -> throw new DnsFormatException(type + " is not a DNSSEC type", at);
        };
    }

    private Rdata rrsig(int at, int end, int length) throws DnsFormatException {
        fixed(at, length, 18, "an RRSIG's fixed fields");
        int[] p = {at + 18};
        String signer = in.name(p);
        if (p[0] > end) {
            throw new DnsFormatException("an RRSIG's signer name runs past its data", at + 18);
        }
        return new Rdata.Rrsig(in.type(in.u16(at), at), in.u8(at + 2), in.u8(at + 3), in.u32(at + 4), in.u32(at + 8),
                in.u32(at + 12), in.u16(at + 16), signer, in.bytes(p[0], end));
    }

    private Rdata nsec(int at, int end) throws DnsFormatException {
        int[] p = {at};
        String next = in.name(p);
        List<RecordType> types = new ArrayList<>();
        int q = p[0];
        while (q < end) {
            if (q + 2 > end) {
                throw new DnsFormatException("an NSEC bit map's window header runs past its data", q);
            }
            int window = in.u8(q);
            int length = in.u8(q + 1);
            if (length < 1 || length > 32 || q + 2 + length > end) {
                throw new DnsFormatException("an NSEC bit map of " + length + " bytes (1 to 32, inside the data)", q);
            }
            for (int i = 0; i < length * 8; i++) {
                if ((in.u8(q + 2 + i / 8) & (0x80 >> (i % 8))) != 0) {
                    types.add(in.type(window << 8 | i, q));
                }
            }
            q += 2 + length;
        }
        if (p[0] > end) {
            throw new DnsFormatException("an NSEC's next name runs past its data", at);
        }
        return new Rdata.Nsec(next, types);
    }

    private void fixed(int at, int length, int needed, String what) throws DnsFormatException {
        if (length < needed) {
            throw new DnsFormatException("the data is " + length + " bytes, shorter than " + what, at);
        }
    }
}
