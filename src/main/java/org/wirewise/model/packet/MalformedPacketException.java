package org.wirewise.model.packet;

/**
 * Bytes that cannot be decoded as the format asked for: too short, a length field that points
 * past the end, a version or option that contradicts the header around it.
 *
 * <p>Unchecked on purpose: the decoders are called on bytes the simulator built itself far more
 * often than on imported ones, and those callers should not have to catch anything. Every
 * {@code decode} method documents that it throws this and nothing else for bad input, so import
 * code catches exactly this type.
 */
public final class MalformedPacketException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int offset;
    private final String problem;

    /**
     * @param offset  where in the decoded array the problem is, so the message can point at it
     * @param problem what is wrong, e.g. "TCP header truncated: needs 20 bytes, 12 remain"
     */
    public MalformedPacketException(int offset, String problem) {
        super(problem + " (at offset " + offset + ")");
        this.offset = offset;
        this.problem = problem;
    }

    /** Offset in the decoded array at which the problem lies. */
    public int offset() {
        return offset;
    }

    /** The message without its offset suffix. */
    public String problem() {
        return problem;
    }
}
