package org.wirewise.model.http.hol;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.net.Packet;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.sim.Link;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.ClientServer;

/**
 * One protocol's load as the lab records it: every frame on the cable between browser and server
 * (one wire, so one transmission per frame), the QUIC datagram each of QUIC's packets carried (its
 * frames are encrypted on the wire, so the label comes from what the sender built) and the browser's
 * secrets for the key log.
 */
final class HolLabRecording implements LoadWatch {

    /**
     * A frame as it crossed: from the browser or the server, when it left and arrived (or would have), and whether
     * it is the packet the setup chose to lose or the one that finally brought its bytes.
     */
    record Seen(boolean fromBrowser, long sentAt, long arrivesAt, Link.Fate fate, byte[] frame,
                Optional<QuicConnection.Datagram> datagram, boolean chosenLoss, boolean repair) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final List<Packet> packets = new ArrayList<>();
    private final Map<Packet, QuicConnection.Datagram> datagrams = new IdentityHashMap<>();
    private final List<SessionSecret> secrets = new ArrayList<>();
    private Packet chosen;
    private Packet repaired;

    @Override
    public void network(ClientServer net) {
        net.network.observe(t -> {
            seen.add(new Seen(t.from().node() == net.client, t.start(), t.arrival(), t.fate(), t.packet().frame(),
                    Optional.empty(), false, false));
            packets.add(t.packet());
        });
    }

    @Override
    public void quicDatagram(QuicConnection.Datagram datagram, Packet packet) {
        datagrams.put(packet, datagram);
    }

    @Override
    public void chosenLoss(Packet packet) {
        chosen = packet;
    }

    @Override
    public void repair(Packet packet) {
        repaired = packet;
    }

    @Override
    public void secret(SessionSecret secret) {
        secrets.add(secret);
    }

    /** Every frame in the order it left, each with its QUIC datagram when it carried one. */
    List<Seen> frames() {
        List<Seen> out = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            Seen s = seen.get(i);
            Packet p = packets.get(i);
            out.add(new Seen(s.fromBrowser(), s.sentAt(), s.arrivesAt(), s.fate(), s.frame(),
                    Optional.ofNullable(datagrams.get(p)), p == chosen, p == repaired));
        }
        out.sort(java.util.Comparator.comparingLong(Seen::sentAt));
        return out;
    }

    /** When the last frame arrived (or would have), or 0. */
    long lastArrival() {
        return seen.stream().mapToLong(Seen::arrivesAt).max().orElse(0);
    }

    List<SessionSecret> secrets() {
        return List.copyOf(secrets);
    }
}
