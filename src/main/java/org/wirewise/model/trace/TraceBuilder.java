package org.wirewise.model.trace;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.sim.Link;

/** Collects packets and steps while a simulation runs, then freezes them into a {@link Trace}. */
public final class TraceBuilder {

    private final String lessonId;
    private final List<Lane> lanes;
    private final List<Step> steps = new ArrayList<>();
    private final List<TracePacket> packets = new ArrayList<>();
    private final List<TimeSeries> series = new ArrayList<>();
    private final List<SessionSecret> secrets = new ArrayList<>();

    public TraceBuilder(String lessonId, List<Lane> lanes) {
        this.lessonId = lessonId;
        this.lanes = List.copyOf(lanes);
    }

    /** Records a packet and returns its id. */
    public int packet(String from, String to, long sentAt, long arrivesAt, Link.Fate fate, String label, byte[] frame) {
        int id = packets.size();
        packets.add(new TracePacket(id, from, to, sentAt, arrivesAt, fate, label, frame));
        return id;
    }

    /**
     * Replaces a recorded packet's label: for what is known only once the packet arrives (a NAT
     * turned it away), as Wireshark marks a segment a retransmission after the fact.
     */
    public void relabel(int id, String label) {
        TracePacket p = packets.get(id);
        packets.set(id, new TracePacket(id, p.from(), p.to(), p.sentAt(), p.arrivesAt(), p.fate(), label, p.frame()));
    }

    public TracePacket packet(int id) {
        return packets.get(id);
    }

    public int packetCount() {
        return packets.size();
    }

    public void step(long time, String title, String narration, List<String> references, int packetId,
                     Snapshot snapshot) {
        steps.add(new Step(time, title, narration, references, packetId, snapshot));
    }

    /** A step with links to the steps of other lessons that own what it shows. */
    public void step(long time, String title, String narration, List<String> references, int packetId,
                     Snapshot snapshot, List<StepLink> links) {
        steps.add(new Step(time, title, narration, references, packetId, snapshot, links));
    }

    /** Adds a series the trace carries (exported, and drawn by views that chart it). */
    public void series(TimeSeries s) {
        series.add(s);
    }

    /** Adds a secret a TLS endpoint derived, for the capture's key log. */
    public void secret(SessionSecret s) {
        secrets.add(s);
    }

    public Trace build() {
        return new Trace(lessonId, lanes, steps, packets, series, secrets);
    }
}
