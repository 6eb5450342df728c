package org.wirewise.model.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.sim.Link;
import org.wirewise.model.transport.TcpStack;

/**
 * The HTTP lessons' packets as one arrow each, from the host that sent it to the host that
 * received it: a frame a router forwarded is traced back through {@link Packet#cause()} to the
 * frame its host sent, which is the one the trace keeps.
 */
final class HostArrows {

    /** One packet from its sender to its receiver, as the sender put it on the wire. */
    record Arrow(String from, String to, long sentAt, long arrivesAt, Link.Fate fate, byte[] frame, TcpSegment segment) {
    }

    private record Origin(String lane, long start, byte[] frame) {
    }

    private final Map<Packet, Origin> origins = new IdentityHashMap<>();
    private final List<Arrow> arrows = new ArrayList<>();

    void observe(Transmission t) {
        if (t.from().node() instanceof HostNode) {
            origins.put(t.packet(), new Origin(t.from().node().name(), t.start(), t.packet().frame()));
        }
        Datagram d = Datagram.of(t.packet().frame());
        boolean lost = t.fate() != Link.Fate.DELIVERED;
        if (!(t.to().node() instanceof HostNode to) || d == null || !(to.owns(d.destination()) || lost)) {
            return; // a router forwards it on: the arrow ends at the host it is for
        }
        Packet p = t.packet();
        while (p != null && !origins.containsKey(p)) {
            p = p.cause();
        }
        if (p != null) {
            Origin o = origins.get(p);
            arrows.add(new Arrow(o.lane(), to.name(), o.start(), t.arrival(), t.fate(), o.frame(),
                    TcpStack.segmentIn(p)));
        }
    }

    /** Every arrow, in the order the packets arrived. */
    List<Arrow> arrows() {
        return List.copyOf(arrows);
    }

    /** A packet's label: the start line it carries, else its TCP flags. */
    static String label(TcpSegment seg) {
        byte[] p = seg.payload();
        if (p.length > 0) {
            String text = new String(p, StandardCharsets.ISO_8859_1);
            int cr = text.indexOf('\r');
            if (cr > 0 && (text.startsWith("HTTP/") || text.contains(" HTTP/1."))) {
                return text.substring(0, cr);
            }
            return TcpFlags.names(seg.flags()) + " (" + p.length + " bytes)";
        }
        return TcpFlags.names(seg.flags());
    }

}
