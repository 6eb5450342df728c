package org.wirewise.model.http.grpc;

/** gRPC's status codes, sent as {@code grpc-status} in the trailers (gRPC's doc/statuscodes.md). */
public enum GrpcStatus {
    OK, CANCELLED, UNKNOWN, INVALID_ARGUMENT, DEADLINE_EXCEEDED, NOT_FOUND, ALREADY_EXISTS, PERMISSION_DENIED,
    RESOURCE_EXHAUSTED, FAILED_PRECONDITION, ABORTED, OUT_OF_RANGE, UNIMPLEMENTED, INTERNAL, UNAVAILABLE,
    DATA_LOSS, UNAUTHENTICATED;

    /** The number on the wire (the enum's order is the codes' order, 0 to 16). */
    public int code() {
        return ordinal();
    }

    /** The status of a {@code grpc-status} value; anything unreadable is UNKNOWN, as clients treat it. */
    public static GrpcStatus of(String value) {
        try {
            int code = Integer.parseInt(value.trim());
            return code >= 0 && code < values().length ? values()[code] : UNKNOWN;
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }
}
