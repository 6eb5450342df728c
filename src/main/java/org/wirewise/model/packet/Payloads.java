package org.wirewise.model.packet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which dissector reads a transport's payload, as Wireshark decides: first the dissectors
 * registered for the lower and then the higher of the two ports, then the heuristic dissectors in
 * the order they were registered; the first that accepts the bytes wins, and bytes nobody accepts
 * are "Data". Immutable: {@link #with} gives a new table, so a lesson adds its protocol by
 * registering a dissector, and {@link #STANDARD} is the one list of the protocols Wirewise reads.
 */
public final class Payloads {

    /** Transports whose payloads are dispatched by port. */
    public enum Transport { TCP, UDP }

    /** HTTP/1.x by its start line, DNS on port 53, STUN on 3478 and by its magic cookie, TLS records, WebSocket frames. */
    public static final Payloads STANDARD = new Payloads()
            .with(Transport.TCP, 53, DnsDissector::overTcp)
            .with(Transport.UDP, 53, DnsDissector::overUdp)
            .with(Transport.UDP, 5353, DnsDissector::overUdp)
            .with(Transport.UDP, StunDissector.PORT, StunDissector::dissect)
            .with(Transport.TCP, 443, TlsDissector::dissect)
            .with(Transport.TCP, 80, Http2Dissector::dissect)
            .with(Transport.UDP, QuicDissector.PORT, QuicDissector::dissect)
            .withHeuristic(Transport.TCP, HttpDissector::dissect)
            .withHeuristic(Transport.TCP, TlsDissector::applicationData)
            .withHeuristic(Transport.TCP, WebSocketDissector::dissect)
            .withHeuristic(Transport.UDP, StunDissector::dissect);

    /** No dissectors: every payload is Data. */
    public static final Payloads NONE = new Payloads();

    private final Map<Key, PayloadDissector> byPort;
    private final Map<Transport, List<PayloadDissector>> heuristics;

    private record Key(Transport transport, int port) {
    }

    private Payloads() {
        this(Map.of(), Map.of());
    }

    private Payloads(Map<Key, PayloadDissector> byPort, Map<Transport, List<PayloadDissector>> heuristics) {
        this.byPort = Map.copyOf(byPort);
        this.heuristics = Map.copyOf(heuristics);
    }

    /** This table with {@code dissector} reading payloads to or from {@code port}; one per port. */
    public Payloads with(Transport transport, int port, PayloadDissector dissector) {
        Objects.requireNonNull(dissector, "dissector");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a port number (1 to 65535)");
        }
        Map<Key, PayloadDissector> ports = new HashMap<>(byPort);
        if (ports.putIfAbsent(new Key(transport, port), dissector) != null) {
            throw new IllegalArgumentException(transport + " port " + port + " already has a dissector");
        }
        return new Payloads(ports, heuristics);
    }

    /** This table with {@code dissector} tried on every payload of the transport no port dissector took. */
    public Payloads withHeuristic(Transport transport, PayloadDissector dissector) {
        Objects.requireNonNull(dissector, "dissector");
        Map<Transport, List<PayloadDissector>> all = new HashMap<>(heuristics);
        List<PayloadDissector> list = new ArrayList<>(all.getOrDefault(transport, List.of()));
        list.add(dissector);
        all.put(transport, List.copyOf(list));
        return new Payloads(byPort, all);
    }

    /** Adds the payload's layers: a registered dissector's, or "Data". Nothing for an empty payload. */
    void dissect(Transport transport, int sourcePort, int destinationPort, byte[] b, int off, int end,
                 List<Field> layers) {
        if (end <= off) {
            return;
        }
        int low = Math.min(sourcePort, destinationPort);
        int high = Math.max(sourcePort, destinationPort);
        for (int port : low == high ? new int[] {low} : new int[] {low, high}) {
            PayloadDissector d = byPort.get(new Key(transport, port));
            if (d != null && accepts(d, b, off, end, layers)) {
                return;
            }
        }
        for (PayloadDissector d : heuristics.getOrDefault(transport, List.of())) {
            if (accepts(d, b, off, end, layers)) {
                return;
            }
        }
        data(b, off, end, layers);
    }

    /**
     * Runs one dissector. One that throws has met bytes it did not expect: like Wireshark's
     * "[Malformed Packet]", the payload is shown as Data with what went wrong, never an exception.
     */
    private static boolean accepts(PayloadDissector d, byte[] b, int off, int end, List<Field> layers) {
        int before = layers.size();
        try {
            if (d.dissect(b, off, end, layers)) {
                return true;
            }
        } catch (RuntimeException e) {
            layers.subList(before, layers.size()).clear();
            layers.add(new Field("Data", Names.bytes(end - off), off, end - off, List.of(
                    Field.leaf(Dissector.MALFORMED, "a dissector failed on these bytes: " + e, off, end - off))));
            return true;
        }
        layers.subList(before, layers.size()).clear();
        return false;
    }

    /** Adds a "Data" layer for the bytes in [off, end) if there are any; returns end. */
    static int data(byte[] b, int off, int end, List<Field> layers) {
        if (end > off) {
            layers.add(Field.leaf("Data", Names.bytes(end - off), off, end - off));
        }
        return end;
    }
}
