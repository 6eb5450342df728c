package org.wirewise.model.dns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a tunnel packs data into query names: each name is base32 labels of at most {@link #LABEL}
 * characters (whole 5-byte groups, under RFC 1035 §2.3.4's 63), then a hex sequence label, then the
 * attacker's domain, filled up to the 255 bytes a name may take on the wire.
 */
final class TunnelCodec {

    /** Characters per data label: 7 groups of 8 base32 characters, 35 bytes, the most under 63. */
    static final int LABEL = 56;
    private static final int MAX_NAME = 255;
    private static final int SEQUENCE = 4;

    private final String domain;
    private final int perName;

    TunnelCodec(String domain) {
        this.domain = DnsName.canonical(domain);
        int free = MAX_NAME - wire(this.domain) - (1 + SEQUENCE);
        int labels = free / (1 + LABEL);
        int last = Math.max(0, free - labels * (1 + LABEL) - 1) / 8 * 8;
        perName = (labels * LABEL + last) / 8 * 5;
    }

    /** Bytes of data one name carries. */
    int perName() {
        return perName;
    }

    String domain() {
        return domain;
    }

    /** The query names that carry {@code data}, in order. */
    List<String> names(byte[] data) {
        List<String> names = new ArrayList<>();
        for (int at = 0, seq = 0; at < data.length; at += perName, seq++) {
            String text = Base32.encode(Arrays.copyOfRange(data, at, Math.min(data.length, at + perName)));
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < text.length(); i += LABEL) {
                name.append(text, i, Math.min(text.length(), i + LABEL)).append('.');
            }
            name.append(String.format(Locale.ROOT, "%0" + SEQUENCE + "x", seq)).append('.').append(domain);
            names.add(DnsName.canonical(name.toString()));
        }
        return names;
    }

    /** The sequence number and data a name carries, or -1 when it is not a tunnel name under the domain. */
    record Chunk(int sequence, byte[] data) {
    }

    Chunk read(String name) {
        if (!DnsName.isWithin(name, domain) || name.equals(domain)) {
            return new Chunk(-1, new byte[0]);
        }
        List<String> labels = DnsName.labels(name);
        int own = labels.size() - DnsName.labels(domain).size();
        try {
            int seq = Integer.parseInt(labels.get(own - 1), 16);
            return new Chunk(seq, Base32.decode(String.join("", labels.subList(0, own - 1))));
        } catch (IllegalArgumentException e) {
            return new Chunk(-1, new byte[0]);
        }
    }

    /** A name's length on the wire: a length byte per label, the labels, the root's zero. */
    static int wire(String canonical) {
        return DnsName.labels(canonical).stream().mapToInt(l -> 1 + l.length()).sum() + 1;
    }
}
