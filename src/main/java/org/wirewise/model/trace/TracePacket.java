package org.wirewise.model.trace;

import java.util.Arrays;
import java.util.Objects;
import org.wirewise.model.sim.Link;

/**
 * A packet of a trace: who sent it to whom, when, what became of it, and its real bytes (a
 * complete Ethernet frame, ready for a pcap file).
 *
 * @param id       index in the trace's packet list
 * @param from     sending lane id
 * @param to       receiving lane id
 * @param sentAt   when its first bit leaves the sender
 * @param arrivesAt when its last bit reaches the receiver (or would have, had it not been lost)
 * @param fate     delivered, lost in transit or dropped at a full queue
 * @param label    the diagram label ("SYN seq=0 win=64240")
 * @param frame    the frame's bytes; copied in and out, so the trace stays immutable
 */
public record TracePacket(int id, String from, String to, long sentAt, long arrivesAt, Link.Fate fate,
                          String label, byte[] frame) {

    public TracePacket {
        Objects.requireNonNull(fate, "fate");
        Objects.requireNonNull(label, "label");
        frame = frame.clone();
        if (arrivesAt < sentAt) {
            throw new IllegalArgumentException("packet " + id + " arrives before it is sent");
        }
    }

    @Override
    public byte[] frame() {
        return frame.clone();
    }

    public int length() {
        return frame.length;
    }

    public boolean delivered() {
        return fate == Link.Fate.DELIVERED;
    }

    /** 0 before it is sent, 1 once it has arrived, linear in between. */
    public double progressAt(long time) {
        if (time <= sentAt) {
            return 0;
        }
        if (time >= arrivesAt) {
            return 1;
        }
        return (time - sentAt) / (double) (arrivesAt - sentAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TracePacket p && id == p.id && sentAt == p.sentAt && arrivesAt == p.arrivesAt
                && from.equals(p.from) && to.equals(p.to) && fate == p.fate && label.equals(p.label)
                && Arrays.equals(frame, p.frame);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, from, to, sentAt, arrivesAt, fate, label, Arrays.hashCode(frame));
    }

    @Override
    public String toString() {
        return "TracePacket[" + id + " " + from + "->" + to + " " + label + " " + fate.displayName() + "]";
    }
}
