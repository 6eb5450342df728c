package org.wirewise.model.http.hpack;

import java.util.Set;

/**
 * Which literal representation an encoder uses for a field not sent as an index. The choice is
 * the encoder's (RFC 7541 §7.1 leaves it open); two policies are given.
 */
@FunctionalInterface
public interface IndexingPolicy {

    /** {@link Representation#INCREMENTAL_INDEXING}, WITHOUT_INDEXING or NEVER_INDEXED. */
    Representation literalFor(HeaderField field);

    /** Insert every literal, as RFC 7541 Appendix C does. */
    IndexingPolicy INDEX_ALL = f -> Representation.INCREMENTAL_INDEXING;

    /**
     * Insert what repeats; never index credentials and short cookies, which a compression attack
     * could guess one octet at a time (§7.1.3, CRIME); do not index values that change on every
     * message (content-length, a path with a query).
     */
    IndexingPolicy BROWSER_LIKE = new IndexingPolicy() {
        private final Set<String> secrets = Set.of("authorization", "proxy-authorization");
        private final Set<String> cookies = Set.of("cookie", "set-cookie");
        private final Set<String> oneOff = Set.of("content-length", "date", "etag", "if-none-match",
                "if-modified-since", "last-modified", "age");

        @Override
        public Representation literalFor(HeaderField f) {
            if (secrets.contains(f.name()) || cookies.contains(f.name()) && f.value().length() < 20) {
                return Representation.NEVER_INDEXED;
            }
            if (oneOff.contains(f.name()) || f.name().equals(":path") && f.value().contains("?")) {
                return Representation.WITHOUT_INDEXING;
            }
            return Representation.INCREMENTAL_INDEXING;
        }
    };
}
