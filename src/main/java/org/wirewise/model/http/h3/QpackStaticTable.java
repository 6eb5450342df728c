package org.wirewise.model.http.h3;

import java.util.List;
import java.util.OptionalInt;

/** QPACK's static table (RFC 9204 Appendix A): 99 entries, indexed from 0, that both ends know before a byte is sent. */
public final class QpackStaticTable {

    /** One entry: a field name and a value (empty when only the name is worth sharing). */
    public record Entry(String name, String value) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry(":authority", ""),
            new Entry(":path", "/"),
            new Entry("age", "0"),
            new Entry("content-disposition", ""),
            new Entry("content-length", "0"),
            new Entry("cookie", ""),
            new Entry("date", ""),
            new Entry("etag", ""),
            new Entry("if-modified-since", ""),
            new Entry("if-none-match", ""),
            new Entry("last-modified", ""),
            new Entry("link", ""),
            new Entry("location", ""),
            new Entry("referer", ""),
            new Entry("set-cookie", ""),
            new Entry(":method", "CONNECT"),
            new Entry(":method", "DELETE"),
            new Entry(":method", "GET"),
            new Entry(":method", "HEAD"),
            new Entry(":method", "OPTIONS"),
            new Entry(":method", "POST"),
            new Entry(":method", "PUT"),
            new Entry(":scheme", "http"),
            new Entry(":scheme", "https"),
            new Entry(":status", "103"),
            new Entry(":status", "200"),
            new Entry(":status", "304"),
            new Entry(":status", "404"),
            new Entry(":status", "503"),
            new Entry("accept", "*/*"),
            new Entry("accept", "application/dns-message"),
            new Entry("accept-encoding", "gzip, deflate, br"),
            new Entry("accept-ranges", "bytes"),
            new Entry("access-control-allow-headers", "cache-control"),
            new Entry("access-control-allow-headers", "content-type"),
            new Entry("access-control-allow-origin", "*"),
            new Entry("cache-control", "max-age=0"),
            new Entry("cache-control", "max-age=2592000"),
            new Entry("cache-control", "max-age=604800"),
            new Entry("cache-control", "no-cache"),
            new Entry("cache-control", "no-store"),
            new Entry("cache-control", "public, max-age=31536000"),
            new Entry("content-encoding", "br"),
            new Entry("content-encoding", "gzip"),
            new Entry("content-type", "application/dns-message"),
            new Entry("content-type", "application/javascript"),
            new Entry("content-type", "application/json"),
            new Entry("content-type", "application/x-www-form-urlencoded"),
            new Entry("content-type", "image/gif"),
            new Entry("content-type", "image/jpeg"),
            new Entry("content-type", "image/png"),
            new Entry("content-type", "text/css"),
            new Entry("content-type", "text/html; charset=utf-8"),
            new Entry("content-type", "text/plain"),
            new Entry("content-type", "text/plain;charset=utf-8"),
            new Entry("range", "bytes=0-"),
            new Entry("strict-transport-security", "max-age=31536000"),
            new Entry("strict-transport-security", "max-age=31536000; includesubdomains"),
            new Entry("strict-transport-security", "max-age=31536000; includesubdomains; preload"),
            new Entry("vary", "accept-encoding"),
            new Entry("vary", "origin"),
            new Entry("x-content-type-options", "nosniff"),
            new Entry("x-xss-protection", "1; mode=block"),
            new Entry(":status", "100"),
            new Entry(":status", "204"),
            new Entry(":status", "206"),
            new Entry(":status", "302"),
            new Entry(":status", "400"),
            new Entry(":status", "403"),
            new Entry(":status", "421"),
            new Entry(":status", "425"),
            new Entry(":status", "500"),
            new Entry("accept-language", ""),
            new Entry("access-control-allow-credentials", "FALSE"),
            new Entry("access-control-allow-credentials", "TRUE"),
            new Entry("access-control-allow-headers", "*"),
            new Entry("access-control-allow-methods", "get"),
            new Entry("access-control-allow-methods", "get, post, options"),
            new Entry("access-control-allow-methods", "options"),
            new Entry("access-control-expose-headers", "content-length"),
            new Entry("access-control-request-headers", "content-type"),
            new Entry("access-control-request-method", "get"),
            new Entry("access-control-request-method", "post"),
            new Entry("alt-svc", "clear"),
            new Entry("authorization", ""),
            new Entry("content-security-policy", "script-src 'none'; object-src 'none'; base-uri 'none'"),
            new Entry("early-data", "1"),
            new Entry("expect-ct", ""),
            new Entry("forwarded", ""),
            new Entry("if-range", ""),
            new Entry("origin", ""),
            new Entry("purpose", "prefetch"),
            new Entry("server", ""),
            new Entry("timing-allow-origin", "*"),
            new Entry("upgrade-insecure-requests", "1"),
            new Entry("user-agent", ""),
            new Entry("x-forwarded-for", ""),
            new Entry("x-frame-options", "deny"),
            new Entry("x-frame-options", "sameorigin"));

    private QpackStaticTable() {
    }

    /** The index of the entry with this name and value, if there is one. */
    public static OptionalInt exact(String name, String value) {
        for (int i = 0; i < ENTRIES.size(); i++) {
            if (ENTRIES.get(i).name().equals(name) && ENTRIES.get(i).value().equals(value)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the first entry with this name, if there is one. */
    public static OptionalInt name(String name) {
        for (int i = 0; i < ENTRIES.size(); i++) {
            if (ENTRIES.get(i).name().equals(name)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
