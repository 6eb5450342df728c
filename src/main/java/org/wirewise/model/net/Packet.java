package org.wirewise.model.net;

import java.util.Objects;

/**
 * A frame on its way across one wire: its bytes and what the lesson that watches the network has
 * attached to it (the label the diagram shows, the trace packet it became, whether a fault
 * injector chose to lose it). A node that forwards a frame sends a new {@code Packet} whose
 * {@link #cause()} is the one it received, so a capture on each side records it once.
 */
public final class Packet {

    private final byte[] frame;
    private final Packet cause;
    private String label = "";
    private boolean lost;
    private int traceId = -1;
    private Object annotation;

    public Packet(byte[] frame, Packet cause) {
        this(Objects.requireNonNull(frame, "frame").clone(), cause, true);
    }

    /** Takes {@code frame} without copying: for the network's own freshly built or unchanged frames. */
    private Packet(byte[] frame, Packet cause, boolean owned) {
        this.frame = frame;
        this.cause = cause;
    }

    /** A packet of bytes no one else holds or will change (a frame just encoded, or one forwarded as is). */
    static Packet owning(byte[] frame, Packet cause) {
        return new Packet(Objects.requireNonNull(frame, "frame"), cause, true);
    }

    /** A copy of the Ethernet frame. */
    public byte[] frame() {
        return frame.clone();
    }

    /** The frame without copying, for the network's own parsing; never modified. */
    byte[] frameBytes() {
        return frame;
    }

    public int length() {
        return frame.length;
    }

    /** The packet a router or NAT received and forwarded as this one, or null. */
    public Packet cause() {
        return cause;
    }

    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = Objects.requireNonNull(label, "label");
    }

    public boolean lost() {
        return lost;
    }

    /** Marks the packet lost in transit: it is sent and captured at the sender, and never arrives. */
    public void loseInTransit() {
        this.lost = true;
    }

    /**
     * What the sender knew about this packet beyond its bytes (the TCP segment object it encoded),
     * as ns-3's packet tags: never on the wire, never carried to a forwarded copy, and so never
     * stale after a NAT rewrites the bytes.
     */
    public <T> T annotation(Class<T> type) {
        return type.isInstance(annotation) ? type.cast(annotation) : null;
    }

    void annotate(Object value) {
        this.annotation = value;
    }

    public int traceId() {
        return traceId;
    }

    public void setTraceId(int traceId) {
        this.traceId = traceId;
    }
}
