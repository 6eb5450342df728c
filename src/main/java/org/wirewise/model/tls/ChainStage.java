package org.wirewise.model.tls;

import java.util.Set;
import org.wirewise.model.tls.cert.Check;

/** The steps of the certificate lesson, each revealing one group of the client's checks. */
enum ChainStage {
    PRESENTED(Set.of()),
    PATH(Set.of(Check.Kind.ISSUER_FOUND)),
    SIGNATURES(Set.of(Check.Kind.SIGNATURE, Check.Kind.ISSUER_NAME)),
    VALIDITY(Set.of(Check.Kind.VALIDITY)),
    CA(Set.of(Check.Kind.BASIC_CONSTRAINTS, Check.Kind.PATH_LENGTH, Check.Kind.KEY_USAGE)),
    HOST(Set.of(Check.Kind.HOST_NAME)),
    VERDICT(Set.of());

    private final Set<Check.Kind> kinds;

    ChainStage(Set<Check.Kind> kinds) {
        this.kinds = kinds;
    }

    Set<Check.Kind> kinds() {
        return kinds;
    }
}
