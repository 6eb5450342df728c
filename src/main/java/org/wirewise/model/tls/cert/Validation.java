package org.wirewise.model.tls.cert;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a client concluded about a server's certificates.
 *
 * @param path    the certificates it chained, leaf first, up to (not including) the trust anchor
 * @param anchor  the trusted root the path ends at, or null when it found none
 * @param checks  every check in the order made
 * @param failure the first check that failed, as the client reports it; null when all passed
 * @param at      the client's clock
 * @param host    the host name the client asked for
 */
public record Validation(List<Certificate> path, Certificate anchor, List<Check> checks, PathFailure failure,
                         ZonedDateTime at, String host) {

    public Validation {
        path = List.copyOf(path);
        checks = List.copyOf(checks);
    }

    public boolean accepted() {
        return failure == null;
    }

    /** Whether the RFC 5280 path checks passed, leaving the host name aside (what PKIX validators judge). */
    public boolean pathValid() {
        return checks.stream().filter(c -> c.kind() != Check.Kind.HOST_NAME).allMatch(Check::passed);
    }
}
