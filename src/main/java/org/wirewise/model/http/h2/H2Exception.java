package org.wirewise.model.http.h2;

/**
 * A protocol violation the receiver found (RFC 9113 §5.4): a connection error (stream 0) ends the
 * connection with GOAWAY, a stream error resets one stream with RST_STREAM.
 */
public final class H2Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final int stream;

    private H2Exception(ErrorCode code, int stream, String message) {
        super(message);
        this.code = code;
        this.stream = stream;
    }

    public static H2Exception connection(ErrorCode code, String message) {
        return new H2Exception(code, 0, message);
    }

    public static H2Exception stream(ErrorCode code, int stream, String message) {
        return new H2Exception(code, stream, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** The stream a stream error resets, 0 for a connection error. */
    public int stream() {
        return stream;
    }
}
