package org.wirewise.model.nat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.NetInterface;
import org.wirewise.model.net.Network;
import org.wirewise.model.packet.Frames;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.TraceBuilder;

/**
 * What the NAT simulators share: frames with real bytes, one MAC and one IP identification
 * counter per lane, packets recorded on the trace, and the translation table as a step shows it.
 */
final class NatStage {

    static final TableKey NAT_TABLE = TableKey.of("nat-table");

    private final TraceBuilder trace;
    private final RandomGenerator ipIds;
    private final Map<String, Integer> nextIpId = new HashMap<>();
    private final Map<String, MacAddress> macs = new HashMap<>();

    NatStage(TraceBuilder trace, RandomGenerator ipIds) {
        this.trace = trace;
        this.ipIds = ipIds;
    }

    MacAddress mac(String lane) {
        return macs.computeIfAbsent(lane, l -> MacAddress.of(String.format(Locale.ROOT, "02:00:5e:%02x:%02x:%02x",
                macs.size() + 1, Math.abs(l.hashCode() % 256), 1)));
    }

    private int ipId(String lane) {
        int id = nextIpId.computeIfAbsent(lane, l -> ipIds.nextInt(65536));
        nextIpId.put(lane, (id + 1) & 0xFFFF);
        return id;
    }

    byte[] udp(String from, String to, Endpoint src, Endpoint dst, byte[] payload) {
        return Frames.udpOverIpv4(mac(from), mac(to), src.address(), dst.address(), ipId(from), 64,
                new UdpDatagram(src.port(), dst.port(), payload));
    }

    byte[] tcp(String from, String to, Endpoint src, Endpoint dst, long seq, long ack, int flags) {
        return Frames.tcpOverIpv4(mac(from), mac(to), src.address(), dst.address(), ipId(from), 64,
                segment(src, dst, seq, ack, flags));
    }

    /** A bare segment as the NAT lessons send it: no data, an MSS option on a SYN, Linux's first window. */
    static TcpSegment segment(Endpoint src, Endpoint dst, long seq, long ack, int flags) {
        List<TcpOption> options = (flags & org.wirewise.model.packet.TcpFlags.SYN) != 0
                ? List.of(new TcpOption.Mss(1460)) : List.of();
        return new TcpSegment(src.port(), dst.port(), seq, ack, flags, 64240, 0, options, new byte[0]);
    }

    /** The frame forwarded by the NAT from {@code from} lane to {@code to} lane, rewritten. */
    byte[] translate(byte[] frame, String from, String to, Endpoint newSource, Endpoint newDestination) {
        return Translation.rewrite(frame, mac(from), mac(to), newSource, newDestination);
    }

    int packet(String from, String to, long sentAt, long delay, String label, byte[] frame) {
        return trace.packet(from, to, sentAt, sentAt + delay, Link.Fate.DELIVERED, label, frame);
    }

    /**
     * A host outside the NAT, on its own outside port of {@code nat} (which has {@code publicAddress}
     * there and a host route to it), joined by a rate-free cable of {@code delay}: how the NAT
     * lessons put servers and peers "on the internet".
     */
    HostNode outsideHost(NatNode nat, String lane, Endpoint at, String publicAddress, long delay) {
        Network network = nat.network();
        HostNode h = network.host(lane);
        h.addInterface("eth0", mac(lane), at.ip() + "/24");
        h.route(publicAddress + "/32", h.iface("eth0"));
        NetInterface wanPort = nat.addInterface("wan-" + lane, mac(nat.name())).address(publicAddress + "/24");
        nat.route(at.ip() + "/32", wanPort);
        nat.outside(wanPort);
        network.connect(wanPort, h.iface("eth0"), Cable.Spec.delayOnly(delay));
        return h;
    }

    /** The NAT's table at {@code now}; the row of {@code highlight} (an entry id) is marked. */
    static Table table(Nat nat, long now, int highlight) {
        return table(nat, now, highlight, NatWords.ENGLISH);
    }

    /** The same in the language of {@code words}. */
    static Table table(Nat nat, long now, int highlight, NatWords words) {
        return table(NAT_TABLE, words.text("table.title", nat.behaviour().shortName()), nat, now, highlight, words);
    }

    static Table table(TableKey id, String title, Nat nat, long now, int highlight) {
        return table(id, title, nat, now, highlight, NatWords.ENGLISH);
    }

    static Table table(TableKey id, String title, Nat nat, long now, int highlight, NatWords words) {
        List<Table.Row> rows = new ArrayList<>();
        for (Nat.Entry e : nat.entries()) {
            rows.add(new Table.Row(List.of(e.transport().name(), e.internal().toString(), e.external().toString(),
                    e.forwarded() ? words.text("table.forward")
                            : String.join(", ", e.contacted().stream().map(Endpoint::toString).toList()),
                    e.forwarded() ? words.text("table.static") : words.idle(e.expiresAt() - now)), e.id() == highlight));
        }
        return new Table(id, title, List.of(words.text("table.proto"), words.text("table.inside"),
                words.text("table.outside"), words.text("table.sentTo"), words.text("table.timer")), rows);
    }

    static String idle(long nanos) {
        return NatWords.ENGLISH.idle(nanos);
    }

    /** "IPv4 header checksum 0x1c46 → 0x5e0a, TCP checksum 0x…" for a frame before and after the NAT. */
    static String checksumChange(byte[] before, byte[] after) {
        return NatWords.ENGLISH.checksumChange(before, after);
    }

    /** A DNS query for example.com (RFC 1035 §4.1), so the capture decodes as DNS. */
    static byte[] dnsQuery(int id) {
        return java.util.HexFormat.of().parseHex(String.format(Locale.ROOT, "%04x", id)
                + "01000001000000000000" + "076578616d706c6503636f6d00" + "00010001");
    }

    /** The answer: example.com A 198.51.100.80, TTL 300. */
    static byte[] dnsAnswer(int id) {
        return java.util.HexFormat.of().parseHex(String.format(Locale.ROOT, "%04x", id)
                + "81800001000100000000" + "076578616d706c6503636f6d00" + "00010001"
                + "c00c000100010000012c0004c6336450");
    }
}
