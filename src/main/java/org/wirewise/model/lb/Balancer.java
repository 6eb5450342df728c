package org.wirewise.model.lb;

/** Which layer a load balancer works at; its name in each language is in the lesson's bundle. */
public enum Balancer {
    /** Sees addresses and ports (the 5-tuple) and forwards packets; never reads the payload. */
    LAYER_4,
    /** Terminates the connection (and TLS), reads the HTTP request and opens its own to a backend. */
    LAYER_7
}
