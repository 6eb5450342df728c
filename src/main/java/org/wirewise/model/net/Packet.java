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

    public Packet(byte[] frame, Packet cause) {
        this.frame = Objects.requireNonNull(frame, "frame").clone();
        this.cause = cause;
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

    public int traceId() {
        return traceId;
    }

    public void setTraceId(int traceId) {
        this.traceId = traceId;
    }
}
