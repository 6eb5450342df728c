package org.wirewise.model.http.hpack;

import java.util.List;

/** The static table of RFC 7541 Appendix A: 61 fields every HPACK coder knows, indexed from 1. */
public final class StaticTable {

    private static final List<HeaderField> ENTRIES = List.of(
            f(":authority", ""), f(":method", "GET"), f(":method", "POST"), f(":path", "/"),
            f(":path", "/index.html"), f(":scheme", "http"), f(":scheme", "https"),
            f(":status", "200"), f(":status", "204"), f(":status", "206"), f(":status", "304"),
            f(":status", "400"), f(":status", "404"), f(":status", "500"),
            f("accept-charset", ""), f("accept-encoding", "gzip, deflate"), f("accept-language", ""),
            f("accept-ranges", ""), f("accept", ""), f("access-control-allow-origin", ""), f("age", ""),
            f("allow", ""), f("authorization", ""), f("cache-control", ""), f("content-disposition", ""),
            f("content-encoding", ""), f("content-language", ""), f("content-length", ""),
            f("content-location", ""), f("content-range", ""), f("content-type", ""), f("cookie", ""),
            f("date", ""), f("etag", ""), f("expect", ""), f("expires", ""), f("from", ""), f("host", ""),
            f("if-match", ""), f("if-modified-since", ""), f("if-none-match", ""), f("if-range", ""),
            f("if-unmodified-since", ""), f("last-modified", ""), f("link", ""), f("location", ""),
            f("max-forwards", ""), f("proxy-authenticate", ""), f("proxy-authorization", ""),
            f("range", ""), f("referer", ""), f("refresh", ""), f("retry-after", ""), f("server", ""),
            f("set-cookie", ""), f("strict-transport-security", ""), f("transfer-encoding", ""),
            f("user-agent", ""), f("vary", ""), f("via", ""), f("www-authenticate", ""));

    /** Number of entries; dynamic table indices start after it (§2.3.3). */
    public static final int LENGTH = ENTRIES.size();

    private StaticTable() {
    }

    private static HeaderField f(String name, String value) {
        return new HeaderField(name, value);
    }

    /** The entry at {@code index}, 1 to {@link #LENGTH}. */
    public static HeaderField get(int index) {
        return ENTRIES.get(index - 1);
    }

    /** The lowest index holding this exact field, or 0. */
    public static int indexOf(HeaderField field) {
        int at = ENTRIES.indexOf(field);
        return at + 1;
    }

    /** The lowest index holding this name, or 0. */
    public static int indexOfName(String name) {
        for (int i = 0; i < LENGTH; i++) {
            if (ENTRIES.get(i).name().equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }
}
