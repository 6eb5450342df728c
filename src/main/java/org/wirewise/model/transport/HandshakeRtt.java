package org.wirewise.model.transport;

/** How an endpoint's RTO stood when its SYN was acknowledged, and which rule set it. */
public enum HandshakeRtt {
    /** The SYN went once: its ACK is an RTT sample (RFC 6298 §2.2). */
    MEASURED,
    /** The SYN went again, but the echoed timestamp names the copy that got through (RFC 7323 §4). */
    TIMESTAMP_ECHO,
    /**
     * The SYN went again and nothing tells the copies apart: Karn's rule (RFC 6298 §3) gives no sample,
     * so the RTO is re-initialised to 3 s as data begins (§5.7; Linux's TCP_TIMEOUT_FALLBACK).
     */
    FALLBACK
}
