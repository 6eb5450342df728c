package org.wirewise.model.https;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.RouterNode;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpSegment;

/**
 * A router on the path that forwards as any router does and may rewrite what it forwards: for
 * each TCP segment with a payload, a rule may name one byte to change; the router changes it and
 * fixes the TCP checksum, as an attacker's box would, so nothing below the application notices.
 */
public final class TamperingRouter extends RouterNode {

    /** One byte the router changed: where in the TCP payload, from what to what (XOR 0x0d: '4' becomes '9'). */
    public record Change(int payloadOffset, byte before, byte after) {
    }

    private final BiFunction<TcpSegment, Boolean, Integer> rule;
    private final List<Change> changes = new ArrayList<>();

    /**
     * @param rule given a forwarded segment and whether it goes to the client, the payload offset of
     *             the byte to change, or -1 to forward it untouched
     */
    public TamperingRouter(Network network, String name, BiFunction<TcpSegment, Boolean, Integer> rule) {
        super(network, name);
        this.rule = rule;
    }

    /** The bytes changed so far, in order. */
    public List<Change> changes() {
        return List.copyOf(changes);
    }

    @Override
    protected void forward(NetInterface in, Packet packet, Datagram d) {
        EthernetFrame eth = EthernetFrame.decode(packet.frame());
        if (d.protocol() != 6 || !d.ipv4()) {
            super.forward(in, packet, d);
            return;
        }
        byte[] ipBytes = eth.payload();
        Ipv4Packet ip = Ipv4Packet.decode(ipBytes, 0, ipBytes.length);
        TcpSegment seg = TcpSegment.decode(ip.payload(), 0, ip.payload().length);
        int at = seg.payloadLength() == 0 ? -1 : rule.apply(seg, !in.name().equals(CLIENT_SIDE));
        if (at < 0 || at >= seg.payloadLength()) {
            super.forward(in, packet, d);
            return;
        }
        byte[] payload = seg.payload();
        byte before = payload[at];
        payload[at] = (byte) (before ^ 0x0D);
        changes.add(new Change(at, before, payload[at]));
        TcpSegment rewritten = new TcpSegment(seg.sourcePort(), seg.destinationPort(), seg.sequenceNumber(), seg.acknowledgmentNumber(),
                seg.flags(), seg.window(), seg.urgentPointer(), seg.options(), payload);
        Ipv4Packet ip2 = new Ipv4Packet(ip.dscpEcn(), ip.identification(), ip.dontFragment(), ip.ttl(), ip.protocol(),
                ip.source(), ip.destination(), rewritten.encode(ip.source(), ip.destination()));
        byte[] frame = new EthernetFrame(eth.destination(), eth.source(), eth.etherType(), ip2.encode()).encode();
        Packet out = new Packet(frame, packet);
        out.setLabel(packet.label());
        super.forward(in, out, Datagram.of(frame));
    }

    /** The name of the interface toward the client. */
    public static final String CLIENT_SIDE = "eth0";
}
