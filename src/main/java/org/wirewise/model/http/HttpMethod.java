package org.wirewise.model.http;

import java.util.Optional;

/**
 * The request methods of RFC 9110 §9.3 (and PATCH, RFC 5789) with the properties a retry depends
 * on: safe (§9.2.1: the client asks for no change on the server) and idempotent (§9.2.2: sending it
 * twice has the effect of sending it once, so a client or proxy may repeat it after a connection
 * fails before the response arrives), and what a request body means to it.
 */
public enum HttpMethod {
    GET(true, true, Body.NO_MEANING, "RFC 9110 §9.3.1"),
    HEAD(true, true, Body.NO_MEANING, "RFC 9110 §9.3.2"),
    POST(false, false, Body.EXPECTED, "RFC 9110 §9.3.3"),
    PUT(false, true, Body.EXPECTED, "RFC 9110 §9.3.4"),
    DELETE(false, true, Body.NO_MEANING, "RFC 9110 §9.3.5"),
    CONNECT(false, false, Body.NO_MEANING, "RFC 9110 §9.3.6"),
    OPTIONS(true, true, Body.ALLOWED, "RFC 9110 §9.3.7"),
    TRACE(true, true, Body.FORBIDDEN, "RFC 9110 §9.3.8"),
    PATCH(false, false, Body.EXPECTED, "RFC 5789 §2");

    /** What content in a request of this method means. */
    public enum Body {
        /** The content is what the method acts on. */
        EXPECTED,
        /** Allowed, but the method defines no use for it (OPTIONS). */
        ALLOWED,
        /** "No generally defined semantics": servers may reject it (GET, HEAD, DELETE, CONNECT). */
        NO_MEANING,
        /** A client must not send content (TRACE). */
        FORBIDDEN
    }

    private final boolean safe;
    private final boolean idempotent;
    private final Body body;
    private final String reference;

    HttpMethod(boolean safe, boolean idempotent, Body body, String reference) {
        this.safe = safe;
        this.idempotent = idempotent;
        this.body = body;
        this.reference = reference;
    }

    public boolean safe() {
        return safe;
    }

    public boolean idempotent() {
        return idempotent;
    }

    public Body body() {
        return body;
    }

    /** The section that defines it. */
    public String reference() {
        return reference;
    }

    /** RFC 9110 §9.2.2: a request may be retried automatically when its method is idempotent. */
    public boolean retryableAfterConnectionFailure() {
        return idempotent;
    }

    /** The method spelled {@code token} exactly (methods are case-sensitive, RFC 9110 §9.1). */
    public static Optional<HttpMethod> parse(String token) {
        for (HttpMethod m : values()) {
            if (m.name().equals(token)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
