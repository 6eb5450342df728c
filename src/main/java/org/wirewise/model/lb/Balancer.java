package org.wirewise.model.lb;

/** Which layer a load balancer works at. */
public enum Balancer {
    /** Sees addresses and ports (the 5-tuple) and forwards packets; never reads the payload. */
    LAYER_4("Layer 4"),
    /** Terminates the connection (and TLS), reads the HTTP request and opens its own to a backend. */
    LAYER_7("Layer 7");

    private final String displayName;

    Balancer(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
