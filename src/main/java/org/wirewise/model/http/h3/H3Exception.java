package org.wirewise.model.http.h3;

/** An HTTP/3 connection error (RFC 9114 §8.1, RFC 9204 §6) with its code. */
public class H3Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;
    public static final long H3_NO_ERROR = 0x100;
    public static final long H3_FRAME_ERROR = 0x106;
    public static final long H3_FRAME_UNEXPECTED = 0x105;
    public static final long H3_MESSAGE_ERROR = 0x10e;
    public static final long QPACK_DECOMPRESSION_FAILED = 0x200;
    public static final long QPACK_ENCODER_STREAM_ERROR = 0x201;
    public static final long QPACK_DECODER_STREAM_ERROR = 0x202;

    private final long code;

    public H3Exception(long code, String message) {
        super(message);
        this.code = code;
    }

    public long code() {
        return code;
    }
}
