package org.wirewise.model.quic;

/** A connection error (RFC 9000 §11.1): the transport error code a CONNECTION_CLOSE carries and why. */
public final class QuicException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final TransportError error;

    public QuicException(TransportError error, String message) {
        super(message);
        this.error = error;
    }

    public TransportError error() {
        return error;
    }
}
