package org.wirewise.model.tls.cert;

/** What is wrong with the chain a server presents, one fault per scenario of the certificate lesson. */
public enum ChainFault {
    /** A leaf for the host, its intermediate, and a root the client trusts. */
    NONE("none"),
    /** The leaf's notAfter has passed at the client's clock. */
    EXPIRED_LEAF("expired leaf"),
    /** The leaf names another host in its subjectAltName. */
    WRONG_HOST("wrong host name"),
    /** The server sends only its leaf, not the intermediate that signed it. */
    MISSING_INTERMEDIATE("missing intermediate"),
    /** The chain leads to a root the client's trust store does not hold. */
    UNTRUSTED_ROOT("untrusted root"),
    /** The server's certificate is signed by its own key. */
    SELF_SIGNED("self-signed leaf"),
    /** The "intermediate" is an end-entity certificate (cA FALSE) used to sign the leaf. */
    INTERMEDIATE_NOT_CA("intermediate is not a CA");

    private final String label;

    ChainFault(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
