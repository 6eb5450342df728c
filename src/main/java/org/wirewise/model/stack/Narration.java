package org.wirewise.model.stack;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Variable;

/**
 * The steps of the encapsulation lesson: down the client's stack, across two devices, up the server's.
 * Its sentences are in {@code encapsulation.properties} and its translations ({@link EncapsulationTexts}).
 */
final class Narration {

    private final EncapsulationSimulator sim;
    private final EncapsulationScenario s;
    private final EncapsulationTexts w;
    private final int segments;
    private final int[] firstHop;
    private final int[] secondHop;
    private final int[] thirdHop;
    private final long[] atSwitch;
    private final long[] atRouter;
    private final long[] atServer;
    private final List<StackLayer> down = new ArrayList<>();

    Narration(EncapsulationSimulator sim, int segments, int[] firstHop, int[] secondHop, int[] thirdHop,
              long[] atSwitch, long[] atRouter, long[] atServer) {
        this.sim = sim;
        this.s = sim.scenario();
        this.w = sim.texts();
        this.segments = segments;
        this.firstHop = firstHop;
        this.secondHop = secondHop;
        this.thirdHop = thirdHop;
        this.atSwitch = atSwitch;
        this.atRouter = atRouter;
        this.atServer = atServer;
    }

    void tell() {
        application();
        if (s.https()) {
            tls();
        }
        transport();
        network();
        link();
        physical();
        switchReads();
        routerForwards();
        if (segments > 1) {
            theOtherSegments();
        }
        serverUp();
        overheadSummary();
    }

    private EncapsulationSimulator.Nodes idle(String client) {
        return sim.nodes(client, "idle", "idle", "waiting", routerBefore());
    }

    private List<Variable> routerBefore() {
        boolean v4 = s.ipVersion() == IpVersion.IPV4;
        return List.of(new Variable(w.get("var.reads"), w.get("router.reads", w.get("router.readsDestination"),
                        v4 ? "TTL" : "Hop Limit")),
                new Variable(w.get("var.route"), w.get("router.route", v4 ? "198.51.100.0/24" : "2001:db8:2::/64")));
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private FrameLayers frame(List<StackLayer> layers, String highlightedProtocol) {
        return StackLayer.frame(w, layers, highlightedProtocol);
    }

    private void application() {
        String payloadField = s.https() ? StackLayer.TLS_FIELD : StackLayer.HTTP_FIELD;
        down.add(new StackLayer(w.get("layer.7"), "HTTP", s.https() ? sim.httpLength() : sim.firstPayload(),
                payloadField, s.https() ? "Encrypted Application Data" : "Request Method"));
        sim.step(0, w.get("step.application"), w.get("application", sim.request().requestLine(),
                        sim.request().body().isEmpty() ? "" : w.get("application.body"), n(sim.httpLength()),
                        s.https() ? w.get("application.https") : ""),
                List.of("RFC 9112 §3", "RFC 1122 §1.1.3"), firstHop[0], idle("writing"), frame(down, "HTTP"));
    }

    private void tls() {
        String security = w.get("layer.tls");
        down.add(0, new StackLayer(security, "TLS", TlsRecords.HEADER_LENGTH, StackLayer.TLS_FIELD, "Opaque Type"));
        // The content type byte and the AEAD tag (17 bytes, "TLS tag") follow the content: TLS adds a
        // trailer as well as a header.
        down.add(new StackLayer(security, w.get("protocol.tlsTag"),
                TlsRecords.INNER_TYPE_LENGTH + TlsRecords.TAG_LENGTH, StackLayer.TLS_FIELD,
                "Encrypted Application Data"));
        sim.step(0, w.get("step.tls"), w.get("tls", w.count("tls.records", sim.records()), n(sim.httpLength()),
                        n(sim.appLength())),
                List.of("RFC 8446 §5.1", "RFC 8446 §5.2"), firstHop[0], idle("encrypting"), frame(down, "TLS"));
    }

    private void transport() {
        if (s.https()) {
            // The frame on display (the first segment) holds the record header, then as much of the
            // ciphertext, content type byte and tag as fits.
            int room = sim.firstPayload() - TlsRecords.HEADER_LENGTH;
            int content = Math.min(room, Math.min(sim.httpLength(), TlsRecords.MAX_PLAINTEXT));
            StackLayer http = down.get(1);
            StackLayer trailer = down.get(2);
            down.set(1, new StackLayer(http.layer(), w.get("protocol.httpEncrypted"), content, http.field(),
                    http.key()));
            down.remove(2);
            if (room > content) {
                down.add(new StackLayer(trailer.layer(), trailer.protocol(), room - content, trailer.field(),
                        trailer.key()));
            }
        } else {
            StackLayer http = down.get(0);
            down.set(0, new StackLayer(http.layer(), "HTTP", sim.firstPayload(), http.field(), http.key()));
        }
        down.add(0, new StackLayer(w.get("layer.4"), "TCP", 20, StackLayer.TCP_FIELD, "Destination Port"));
        String split = segments == 1 ? w.get("transport.one", n(sim.appLength()), n(sim.mss()))
                : w.get("transport.many", n(sim.appLength()), n(sim.mss()), n(segments), n(sim.firstPayload()));
        sim.step(0, w.get("step.transport"), w.get("transport", n(sim.clientPort()), n(sim.serverPort()), n(s.mtu()),
                        n(s.ipVersion().headerLength()), n(sim.mss()), split),
                List.of("RFC 9293 §3.1", "RFC 9293 §3.7.1", "RFC 879"), firstHop[0], idle("segmenting"),
                frame(down, "TCP"));
    }

    private void network() {
        String ip = s.ipVersion().displayName();
        down.add(0, new StackLayer(w.get("layer.3"), ip, s.ipVersion().headerLength(),
                StackLayer.ipField(s.ipVersion()), "Destination Address"));
        String detail = w.get(s.ipVersion() == IpVersion.IPV4 ? "network.ipv4" : "network.ipv6");
        sim.step(0, w.get("step.network", ip), w.get("network", detail),
                List.of(s.ipVersion() == IpVersion.IPV4 ? "RFC 791 §3.1" : "RFC 8200 §3", "RFC 1122 §3.3.1"),
                firstHop[0], idle("routing"), frame(down, ip));
    }

    private void link() {
        boolean v4 = s.ipVersion() == IpVersion.IPV4;
        down.add(0, new StackLayer(w.get("layer.2"), "Ethernet", 14, StackLayer.ETHERNET_FIELD, "Destination"));
        sim.step(0, w.get("step.link"), w.get("link", EncapsulationSimulator.ROUTER_LAN_MAC.toString(),
                        w.get(v4 ? "link.arp" : "link.nd"), EncapsulationSimulator.CLIENT_MAC.toString(),
                        v4 ? "0x0800 IPv4" : "0x86DD IPv6", n(sim.clientFrame(0).length)),
                List.of("IEEE 802.3 §3.1", "RFC 894"), firstHop[0], idle("framing"), frame(down, "Ethernet"));
    }

    private void physical() {
        List<StackLayer> layers = new ArrayList<>(down);
        String preamble = w.get("protocol.preamble");
        layers.add(0, new StackLayer(w.get("layer.1"), preamble, 8, StackLayer.ETHERNET_FIELD, "Ethernet II", false));
        int bytes = sim.clientFrame(0).length + EncapsulationSimulator.FCS + 8;
        long bits = bytes * 8L;
        sim.step(0, w.get("step.physical"), w.get("physical", n(bytes), n(bits), w.units().time(bits + 96)),
                List.of("IEEE 802.3 §4.4.2"), firstHop[0], idle("transmitting"), frame(layers, preamble));
    }

    private void switchReads() {
        sim.step(atSwitch[0], w.get("step.switch"), w.get("switch", EncapsulationSimulator.ROUTER_LAN_MAC.toString(),
                        EncapsulationSimulator.CLIENT_MAC.toString()),
                List.of("IEEE 802.1D §7.7", "IEEE 802.1Q §8.8"), secondHop[0],
                sim.nodes("sent", "forwarding", "idle", "waiting", routerBefore()), frame(down, "Ethernet"));
    }

    private void routerForwards() {
        byte[] in = sim.clientFrame(0);
        byte[] out = sim.routedFrame(0);
        boolean v4 = s.ipVersion() == IpVersion.IPV4;
        String ttlName = v4 ? "TTL" : "Hop Limit";
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(w.get("changes.ethernetDestination"), EncapsulationSimulator.ROUTER_LAN_MAC.toString(),
                EncapsulationSimulator.SERVER_MAC.toString()));
        rows.add(Table.Row.of(w.get("changes.ethernetSource"), EncapsulationSimulator.CLIENT_MAC.toString(),
                EncapsulationSimulator.ROUTER_WAN_MAC.toString()));
        rows.add(new Table.Row(List.of(ttlName, Integer.toString(Encapsulation.ttl(in)),
                Integer.toString(Encapsulation.ttl(out))), true));
        if (v4) {
            rows.add(Table.Row.of(w.get("changes.checksum"), hex(Encapsulation.ipv4Checksum(in)),
                    hex(Encapsulation.ipv4Checksum(out))));
        }
        String unchanged = w.get("changes.unchanged");
        rows.add(Table.Row.of(w.get("changes.else"), unchanged, unchanged));
        Table changes = new Table(EncapsulationSimulator.CHANGES_TABLE, w.get("table.changes"),
                List.of(w.get("table.changes.field"), w.get("table.changes.in"), w.get("table.changes.out")), rows);
        List<Variable> vars = new ArrayList<>(routerBefore());
        vars.add(new Variable(ttlName, Encapsulation.ttl(in) + " → " + Encapsulation.ttl(out)));
        if (v4) {
            vars.add(new Variable(w.get("var.checksum"), hex(Encapsulation.ipv4Checksum(in)) + " → "
                    + hex(Encapsulation.ipv4Checksum(out))));
        }
        String checksum = v4 ? w.get("router.ipv4", hex(Encapsulation.ipv4Checksum(in)),
                hex(Encapsulation.ipv4Checksum(out))) : w.get("router.ipv6");
        sim.step(atRouter[0], w.get("step.router"), w.get("router", v4 ? "198.51.100.80" : "2001:db8:2::80", ttlName,
                        n(Encapsulation.ttl(in)), n(Encapsulation.ttl(out)), v4 ? "RFC 1812 §5.3.1" : "RFC 8200 §3",
                        checksum),
                List.of(v4 ? "RFC 1812 §5.2.2" : "RFC 8200 §3", v4 ? "RFC 1812 §5.3.1" : "RFC 4443 §3.3",
                        "RFC 1624"), thirdHop[0], sim.nodes("sent", "idle", "forwarding", "waiting", vars),
                StackLayer.frame(w, withKey(down, v4 ? "Time to Live" : "Hop Limit"), s.ipVersion().displayName()),
                changes);
    }

    private void theOtherSegments() {
        int last = segments - 1;
        sim.step(atRouter[last], w.get("step.others"), w.get("others", n(segments)),
                List.of("RFC 9293 §3.9.1"), thirdHop[last], sim.nodes("sent", "forwarding", "forwarding",
                        "receiving", routerBefore()), frame(down, "TCP"));
    }

    private void serverUp() {
        long t = atServer[segments - 1];
        List<StackLayer> up = new ArrayList<>(down);
        int last = thirdHop[segments - 1];
        String ip = s.ipVersion().displayName();
        boolean v4 = s.ipVersion() == IpVersion.IPV4;
        sim.step(t, w.get("step.nic"), w.get("nic", ip), List.of("IEEE 802.3 §3.1"), last,
                sim.nodes("sent", "idle", "idle", "decapsulating", routerBefore()), frame(up, "Ethernet"));
        up.remove(0);
        sim.step(t, w.get("step.ip", ip), w.get("ip", ip, w.get(v4 ? "ip.protocol" : "ip.nextHeader"),
                        v4 ? "TTL" : "Hop Limit", n(EncapsulationSimulator.TTL - 1)),
                List.of(v4 ? "RFC 1122 §3.2.1" : "RFC 8200 §3"), last,
                sim.nodes("sent", "idle", "idle", "decapsulating", routerBefore()), frame(up, ip));
        up.remove(0);
        sim.step(t, w.get("step.reassembly"), w.get("reassembly", w.count("reassembly", segments),
                        n(sim.appLength())),
                List.of("RFC 9293 §3.10.7.4"), last, sim.nodes("sent", "idle", "idle", "decapsulating",
                        routerBefore()), frame(up, "TCP"));
        up.remove(0);
        if (s.https()) {
            sim.step(t, w.get("step.decrypt"), w.get("decrypt", n(sim.httpLength())),
                    List.of("RFC 8446 §5.2"), last, sim.nodes("sent", "idle", "idle", "decrypting", routerBefore()),
                    frame(up, "TLS"));
            up.removeIf(l -> l.protocol().startsWith("TLS"));
        }
        sim.step(t, w.get("step.http"), w.get("http", sim.request().requestLine(), s.host(), n(sim.httpLength())),
                List.of("RFC 9112 §3"), last, sim.nodes("sent", "idle", "idle", "received", routerBefore()),
                frame(up, "HTTP"));
    }

    private void overheadSummary() {
        sim.overheadStep(atServer[segments - 1], w.get("step.overhead"),
                w.get("overhead", n(sim.httpLength()), w.count("overhead.frames", segments)),
                List.of("RFC 9293 §3.7.1", "RFC 8200 §3"), thirdHop[segments - 1],
                sim.nodes("sent", "idle", "idle", "received", routerBefore()), down);
    }

    private static String hex(int value) {
        return String.format(java.util.Locale.ROOT, "0x%04x", value);
    }

    /** The layers with the IP row's key field replaced, so the bytes view selects that field. */
    private List<StackLayer> withKey(List<StackLayer> layers, String key) {
        return layers.stream().map(l -> l.protocol().startsWith("IPv")
                ? new StackLayer(l.layer(), l.protocol(), l.bytes(), l.field(), key) : l).toList();
    }
}
