package org.wirewise.model.stack;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.NodeState;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Variable;

/** The steps of the encapsulation lesson: down the client's stack, across two devices, up the server's. */
final class Narration {

    private final EncapsulationSimulator sim;
    private final EncapsulationScenario s;
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

    private List<NodeState> idle(String client) {
        return sim.nodes(client, "idle", "idle", "waiting", routerBefore());
    }

    private List<Variable> routerBefore() {
        boolean v4 = s.ipVersion() == IpVersion.IPV4;
        return List.of(new Variable("reads", v4 ? "IP destination, TTL" : "IP destination, Hop Limit"),
                new Variable("route", (v4 ? "198.51.100.0/24" : "2001:db8:2::/64") + " → WAN port (direct)"));
    }

    private void application() {
        String payloadField = s.https() ? StackLayer.TLS_FIELD : StackLayer.HTTP_FIELD;
        down.add(new StackLayer("7 Application", "HTTP", s.https() ? sim.httpLength() : sim.firstPayload(),
                payloadField, s.https() ? "Encrypted Application Data" : "Request Method"));
        String size = sim.httpLength() + " bytes";
        sim.step(0, "The application writes an HTTP request",
                "The browser (or curl) writes \"" + sim.request().requestLine() + "\" with its Host and other "
                        + "field lines and a blank line" + (sim.request().body().isEmpty() ? "" : ", then the body")
                        + ": " + size + " of text (RFC 9112 §3). The application knows nothing about segments, "
                        + "addresses or cables: it hands bytes to a socket, and every layer below wraps them in "
                        + "its own header. Each header is read by the same layer on the other side, or by a "
                        + "device in between that works at that layer."
                        + (s.https() ? " With HTTPS the bytes first go to TLS, so in the frame you see them only "
                        + "as ciphertext." : ""),
                List.of("RFC 9112 §3", "RFC 1122 §1.1.3"), firstHop[0], idle("writing"),
                StackLayer.frame(down, "HTTP"));
    }

    private void tls() {
        int recs = sim.records();
        down.add(0, new StackLayer("6/7 Security (TLS)", "TLS", TlsRecords.HEADER_LENGTH, StackLayer.TLS_FIELD,
                "Opaque Type"));
        // The content type byte and the AEAD tag (17 bytes, "TLS tag") follow the content: TLS adds a
        // trailer as well as a header.
        down.add(new StackLayer("6/7 Security (TLS)", "TLS tag",
                TlsRecords.INNER_TYPE_LENGTH + TlsRecords.TAG_LENGTH, StackLayer.TLS_FIELD,
                "Encrypted Application Data"));
        sim.step(0, "TLS seals the request into records",
                "TLS 1.3 cuts the plaintext into records of at most 16,384 bytes (RFC 8446 §5.1): here " + recs
                        + " record" + (recs == 1 ? "" : "s") + ". Each record is a 5-byte header (type 23 "
                        + "application_data, legacy version 0x0303, length) and the AEAD ciphertext of the "
                        + "content plus one byte of its real content type, followed by a 16-byte authentication "
                        + "tag (AES-GCM): 22 bytes of overhead per record (RFC 8446 §5.2). " + sim.httpLength()
                        + " bytes of HTTP become " + sim.appLength() + " bytes. TLS sits between transport and "
                        + "application: it needs a reliable byte stream below it and gives one to HTTP above. "
                        + "(The ciphertext here is seeded noise of the exact length; the lesson holds no keys.)",
                List.of("RFC 8446 §5.1", "RFC 8446 §5.2"), firstHop[0], idle("encrypting"),
                StackLayer.frame(down, "TLS"));
    }

    private void transport() {
        if (s.https()) {
            // The frame on display (the first segment) holds the record header, then as much of the
            // ciphertext, content type byte and tag as fits.
            int room = sim.firstPayload() - TlsRecords.HEADER_LENGTH;
            int content = Math.min(room, Math.min(sim.httpLength(), TlsRecords.MAX_PLAINTEXT));
            StackLayer http = down.get(1);
            StackLayer trailer = down.get(2);
            down.set(1, new StackLayer(http.layer(), "HTTP (encrypted)", content, http.field(), http.key()));
            down.remove(2);
            if (room > content) {
                down.add(new StackLayer(trailer.layer(), trailer.protocol(), room - content, trailer.field(),
                        trailer.key()));
            }
        } else {
            StackLayer http = down.get(0);
            down.set(0, new StackLayer(http.layer(), "HTTP", sim.firstPayload(), http.field(), http.key()));
        }
        down.add(0, new StackLayer("4 Transport", "TCP", 20, StackLayer.TCP_FIELD, "Destination Port"));
        String split = segments == 1
                ? "It all fits in one segment: " + sim.appLength() + " bytes ≤ MSS " + sim.mss() + "."
                : sim.appLength() + " bytes do not fit in one segment (MSS " + sim.mss() + "), so TCP sends "
                + segments + " segments; the frame on display is the first, carrying " + sim.firstPayload()
                + " bytes. Each segment gets its own TCP, IP and Ethernet headers.";
        sim.step(0, "TCP adds ports and sequence numbers",
                "TCP adds a 20-byte header (RFC 9293 §3.1): source port " + sim.clientPort() + " (ephemeral) and "
                        + "destination port " + sim.serverPort() + " identify the two sockets; the sequence "
                        + "number counts bytes so the receiver can put them in order; ACK, window and a checksum "
                        + "over a pseudo-header with the IP addresses. The MSS is the MTU minus the IP and TCP "
                        + "headers: " + s.mtu() + " − " + s.ipVersion().headerLength() + " − 20 = " + sim.mss()
                        + " bytes (RFC 9293 §3.7.1; Linux with timestamps puts 12 option bytes in each header and "
                        + "carries 12 fewer). " + split + " PDU name: segment.",
                List.of("RFC 9293 §3.1", "RFC 9293 §3.7.1", "RFC 879"), firstHop[0], idle("segmenting"),
                StackLayer.frame(down, "TCP"));
    }

    private void network() {
        String ip = s.ipVersion().displayName();
        down.add(0, new StackLayer("3 Network", ip, s.ipVersion().headerLength(), StackLayer.ipField(s.ipVersion()),
                "Destination Address"));
        String detail = s.ipVersion() == IpVersion.IPV4
                ? "IPv4 adds 20 bytes (RFC 791 §3.1): source and destination address, protocol 6 (TCP), total "
                + "length, TTL 64 (Linux's default), Don't Fragment (Linux does path MTU discovery) and a header "
                + "checksum over these 20 bytes only."
                : "IPv6 adds a fixed 40-byte header (RFC 8200 §3): 128-bit addresses, next header 6 (TCP), "
                + "payload length and Hop Limit 64. It has no header checksum: the link and transport "
                + "checksums are enough, so routers do less work.";
        sim.step(0, ip + " adds the addresses",
                detail + " The destination " + "is the server, not the next device: IP addresses stay the same "
                        + "end to end (no NAT here). The client sees that the server is not on its subnet, so it "
                        + "will hand the packet to its default gateway, the router. PDU name: packet.",
                List.of(s.ipVersion() == IpVersion.IPV4 ? "RFC 791 §3.1" : "RFC 8200 §3", "RFC 1122 §3.3.1"),
                firstHop[0], idle("routing"), StackLayer.frame(down, ip));
    }

    private void link() {
        down.add(0, new StackLayer("2 Data link", "Ethernet", 14, StackLayer.ETHERNET_FIELD, "Destination"));
        sim.step(0, "Ethernet adds MAC addresses",
                "Ethernet II adds 14 bytes: destination MAC " + EncapsulationSimulator.ROUTER_LAN_MAC
                        + " (the router's, found with " + (s.ipVersion() == IpVersion.IPV4 ? "ARP, RFC 826"
                        : "Neighbor Discovery, RFC 4861") + "), source MAC " + EncapsulationSimulator.CLIENT_MAC
                        + " and the EtherType (" + (s.ipVersion() == IpVersion.IPV4 ? "0x0800 IPv4" : "0x86DD IPv6")
                        + "). The NIC also appends a 4-byte frame check sequence, which captures do not show. MAC "
                        + "addresses only matter on this one link: they change at every router. PDU name: frame ("
                        + sim.clientFrame(0).length + " bytes as captured).",
                List.of("IEEE 802.3 §3.1", "RFC 894"), firstHop[0], idle("framing"),
                StackLayer.frame(down, "Ethernet"));
    }

    private void physical() {
        List<StackLayer> layers = new ArrayList<>(down);
        layers.add(0, new StackLayer("1 Physical", "Preamble", 8, StackLayer.ETHERNET_FIELD, "Ethernet II"));
        long bits = (sim.clientFrame(0).length + EncapsulationSimulator.FCS + 8) * 8L;
        sim.step(0, "Bits on the wire",
                "The physical layer sends a 7-byte preamble and a start-of-frame delimiter, then the frame and "
                        + "its FCS as " + (sim.clientFrame(0).length + EncapsulationSimulator.FCS + 8) + " bytes"
                        + " = " + bits + " bits, then stays idle for at least 12 byte times (the inter-frame gap). "
                        + "At 1 Gb/s that is " + SimTime.format(bits + 96) + " per frame. PDU name: bits. Layer 1 "
                        + "knows nothing about addresses: it moves symbols.",
                List.of("IEEE 802.3 §4.4.2"), firstHop[0], idle("transmitting"),
                StackLayer.frame(layers, "Preamble"));
    }

    private void switchReads() {
        sim.step(atSwitch[0], "The switch reads layer 2 only",
                "The frame reaches the switch. It reads the destination MAC (" + EncapsulationSimulator.ROUTER_LAN_MAC
                        + "), finds it in its MAC address table, learned from frames the router sent earlier, and "
                        + "sends the frame out of port 2 unchanged: same bytes, same MACs, same TTL. It also "
                        + "learns that " + EncapsulationSimulator.CLIENT_MAC + " lives on port 1. It does not look at "
                        + "IP, TCP or HTTP; to it, everything after the 14-byte header is payload. That is why a "
                        + "switch is fast and invisible to the hosts.",
                List.of("IEEE 802.1D §7.7", "IEEE 802.1Q §8.8"), secondHop[0],
                sim.nodes("sent", "forwarding", "idle", "waiting", routerBefore()),
                StackLayer.frame(down, "Ethernet"));
    }

    private void routerForwards() {
        byte[] in = sim.clientFrame(0);
        byte[] out = sim.routedFrame(0);
        boolean v4 = s.ipVersion() == IpVersion.IPV4;
        String ttlName = v4 ? "TTL" : "Hop Limit";
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of("Ethernet destination", EncapsulationSimulator.ROUTER_LAN_MAC.toString(),
                EncapsulationSimulator.SERVER_MAC.toString()));
        rows.add(Table.Row.of("Ethernet source", EncapsulationSimulator.CLIENT_MAC.toString(),
                EncapsulationSimulator.ROUTER_WAN_MAC.toString()));
        rows.add(new Table.Row(List.of(ttlName, Integer.toString(Encapsulation.ttl(in)),
                Integer.toString(Encapsulation.ttl(out))), true));
        if (v4) {
            rows.add(Table.Row.of("Header checksum", hex(Encapsulation.ipv4Checksum(in)),
                    hex(Encapsulation.ipv4Checksum(out))));
        }
        rows.add(Table.Row.of("Everything else", "unchanged", "unchanged"));
        Table changes = new Table(EncapsulationSimulator.CHANGES_TABLE, "What the router rewrote",
                List.of("Field", "In", "Out"), rows);
        List<Variable> vars = new ArrayList<>(routerBefore());
        vars.add(new Variable(ttlName, Encapsulation.ttl(in) + " → " + Encapsulation.ttl(out)));
        if (v4) {
            vars.add(new Variable("checksum", hex(Encapsulation.ipv4Checksum(in)) + " → "
                    + hex(Encapsulation.ipv4Checksum(out))));
        }
        String checksum = v4
                ? " Because the TTL is inside the IPv4 header, the header checksum must be recomputed: "
                + hex(Encapsulation.ipv4Checksum(in)) + " becomes "
                + hex(Encapsulation.ipv4Checksum(out)) + " (RFC 1812 §5.2.2; RFC 1624 gives the "
                + "incremental update routers use)."
                : " IPv6 has no header checksum, so nothing else changes in the IP header (RFC 8200 §3).";
        sim.step(atRouter[0], "The router reads layer 3 and rewrites",
                "The router accepts the frame because it is addressed to its MAC, strips the Ethernet header and "
                        + "reads the IP destination " + (v4 ? "198.51.100.80" : "2001:db8:2::80") + ". Its routing "
                        + "table says the server's network is directly on its WAN port. It decrements the "
                        + ttlName + " from " + Encapsulation.ttl(in) + " to " + Encapsulation.ttl(out)
                        + " so a routing loop cannot keep a packet forever (" + (v4 ? "RFC 1812 §5.3.1" : "RFC 8200 §3")
                        + ")." + checksum + " Then it writes a new Ethernet header: its own WAN MAC as source, the "
                        + "server's MAC as destination. The TCP segment and the request are untouched, and the TCP "
                        + "checksum stays valid: the " + ttlName + " is not part of its pseudo-header.",
                List.of(v4 ? "RFC 1812 §5.2.2" : "RFC 8200 §3", v4 ? "RFC 1812 §5.3.1" : "RFC 4443 §3.3",
                        "RFC 1624"), thirdHop[0], sim.nodes("sent", "idle", "forwarding", "waiting", vars),
                StackLayer.frame(withKey(down, ttlName.equals("TTL") ? "Time to Live" : "Hop Limit"),
                        s.ipVersion().displayName()), changes);
    }

    private void theOtherSegments() {
        int last = segments - 1;
        sim.step(atRouter[last], "The other segments follow",
                "Segments 2 to " + segments + " take the same path: each is read and forwarded by the switch, and "
                        + "gets its own TTL decrement, checksum and MACs at the router. They leave the client back "
                        + "to back; the last one carries " + "PSH, telling the receiver to deliver the data now.",
                List.of("RFC 9293 §3.9.1"), thirdHop[last], sim.nodes("sent", "forwarding", "forwarding",
                        "receiving", routerBefore()), StackLayer.frame(down, "TCP"));
    }

    private void serverUp() {
        long t = atServer[segments - 1];
        List<StackLayer> up = new ArrayList<>(down);
        int last = thirdHop[segments - 1];
        String ip = s.ipVersion().displayName();
        sim.step(t, "The server's NIC takes the frame",
                "The frame is addressed to the server's MAC, so its NIC accepts it, checks the FCS and hands the "
                        + "payload to " + ip + " (EtherType). The Ethernet header has done its job and is stripped.",
                List.of("IEEE 802.3 §3.1"), last, sim.nodes("sent", "idle", "idle", "decapsulating", routerBefore()),
                StackLayer.frame(up, "Ethernet"));
        up.remove(0);
        sim.step(t, ip + " delivers to TCP",
                ip + " checks that the destination address is its own, that the header is valid, and reads the "
                        + (s.ipVersion() == IpVersion.IPV4 ? "protocol field" : "next header field")
                        + " (6): TCP. Its header is stripped. The " + (s.ipVersion() == IpVersion.IPV4 ? "TTL"
                        : "Hop Limit") + " it sees is " + (EncapsulationSimulator.TTL - 1) + ": one router was on "
                        + "the way.",
                List.of(s.ipVersion() == IpVersion.IPV4 ? "RFC 1122 §3.2.1" : "RFC 8200 §3"), last,
                sim.nodes("sent", "idle", "idle", "decapsulating", routerBefore()), StackLayer.frame(up, ip));
        up.remove(0);
        sim.step(t, "TCP reassembles the byte stream",
                "TCP finds the socket by the 4-tuple (addresses and ports), verifies the checksum, puts "
                        + (segments == 1 ? "the segment" : "the " + segments + " segments") + " in order by "
                        + "sequence number and strips the headers. What it delivers is a byte stream: "
                        + sim.appLength() + " bytes, with no trace of where one segment ended.",
                List.of("RFC 9293 §3.10.7.4"), last, sim.nodes("sent", "idle", "idle", "decapsulating",
                        routerBefore()), StackLayer.frame(up, "TCP"));
        up.remove(0);
        if (s.https()) {
            sim.step(t, "TLS decrypts the records",
                    "TLS reads each record header, decrypts and authenticates the ciphertext with the session key "
                            + "(a tampered byte would fail the tag check and end the connection), drops the content "
                            + "type byte and tag, and hands " + sim.httpLength() + " bytes of plaintext to HTTP.",
                    List.of("RFC 8446 §5.2"), last, sim.nodes("sent", "idle", "idle", "decrypting", routerBefore()),
                    StackLayer.frame(up, "TLS"));
            up.removeIf(l -> l.protocol().startsWith("TLS"));
        }
        sim.step(t, "HTTP reads the request",
                "The web server parses \"" + sim.request().requestLine() + "\", the Host field ("
                        + s.host() + ") and the rest, exactly the " + sim.httpLength() + " bytes the client wrote. "
                        + "Every header added on the way down was removed by its peer layer on the way up.",
                List.of("RFC 9112 §3"), last, sim.nodes("sent", "idle", "idle", "request received", routerBefore()),
                StackLayer.frame(up, "HTTP"));
    }

    private void overheadSummary() {
        sim.overheadStep(atServer[segments - 1], "Overhead in numbers",
                "Every layer costs bytes. For this request " + sim.httpLength() + " bytes of HTTP took "
                        + segments + " frame" + (segments == 1 ? "" : "s") + "; the table adds up every header. "
                        + "Small requests pay proportionally more. Try a POST with a body of 4,000 bytes to see the "
                        + "request split at the MSS, a smaller MTU (a VPN tunnel often leaves 1,400) to see more "
                        + "segments, or IPv6 to pay 20 more bytes per packet.",
                List.of("RFC 9293 §3.7.1", "RFC 8200 §3"), thirdHop[segments - 1],
                sim.nodes("sent", "idle", "idle", "request received", routerBefore()), down);
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
