package org.wirewise.model.tls;

import java.security.PrivateKey;
import java.util.List;

/** What a server (or, in mutual TLS, a client) proves itself with: its chain (DER, leaf first), the leaf's private key, and the scheme it signs with. */
public record ServerIdentity(List<byte[]> chain, PrivateKey key, SignatureScheme scheme) {

    public ServerIdentity {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a server needs at least its own certificate");
        }
        chain = chain.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> chain() {
        return chain.stream().map(byte[]::clone).toList();
    }
}
