package org.wirewise.model.lb;

import java.net.Inet4Address;
import java.util.List;
import org.wirewise.model.trace.Table;

/** The words of the load balancer lesson. */
final class LbNarration {

    private final LoadBalancerScenario s;
    private final boolean l4;

    LbNarration(LoadBalancerScenario s) {
        this.s = s;
        this.l4 = s.balancer() == Balancer.LAYER_4;
    }

    String introTitle() {
        return l4 ? "A layer-4 balancer in front of four backends" : "A layer-7 balancer in front of two pools";
    }

    String intro() {
        String common = " Six requests arrive from three clients, each on a new connection, for "
                + (s.https() ? "https" : "http") + "://shop.example.com: /api calls and /static files, some with a "
                + "session cookie.";
        if (l4) {
            return "A layer-4 load balancer owns the virtual address " + LoadBalancerSimulator.VIP.getHostAddress()
                    + " and spreads connections over four identical backends. It reads only what is in the IP and "
                    + "TCP headers, the 5-tuple (addresses, protocol, ports), picks a backend per connection and "
                    + "forwards every packet of that connection there, rewriting the destination address (NAT, as "
                    + "Linux IPVS does). It never reads the payload, so every backend must be able to answer every "
                    + "URL." + common + pick();
        }
        return "A layer-7 load balancer (a reverse proxy such as NGINX, HAProxy or Envoy) accepts each client's "
                + "connection itself" + (s.https() ? ", terminates TLS with the site's certificate" : "")
                + ", reads the HTTP request and sends it on its own connection to a backend chosen by what the "
                + "request says: /api/ goes to backends 1 and 2, /static/ to backends 3 and 4." + common + pick();
    }

    private String pick() {
        String algo = s.algorithm() == BalancingAlgorithm.ROUND_ROBIN
                ? " Within a pool it takes the backends in turn (round robin)."
                : " Within a pool it hashes the 5-tuple, so a connection's packets always land on the same backend "
                + "without any shared state.";
        String stick = !s.sticky() ? "" : l4 ? " Sticky: the first backend chosen for a source address is kept "
                + "for that address (source affinity), as a layer-4 balancer cannot see cookies."
                : " Sticky sessions: a request with a session cookie goes to the backend that first served that "
                + "session.";
        return algo + stick;
    }

    List<String> introReferences() {
        return l4 ? List.of("RFC 9293 §3.1", "RFC 791 §3.1") : List.of("RFC 9110 §7.2", "RFC 6265 §5.4");
    }

    /** @param plainLength the request's bytes as the layer-7 balancer read them (unused at layer 4) */
    String reads(int index, LoadBalancerSimulator.Request r, Inet4Address ip, int port, int plainLength) {
        String who = "Request " + (index + 1) + ": " + r.client() + " (" + ip.getHostAddress() + ", port " + port
                + ") " + (l4 ? "opens a connection to send " : "sends ") + r.method() + " " + r.path()
                + (r.cookie().isEmpty() ? "" : " with Cookie: " + r.cookie()) + ". ";
        if (l4) {
            return who + "Its SYN reaches the layer-4 balancer, which decides now, for the whole connection, on the "
                    + "5-tuple: source " + ip.getHostAddress() + ":" + port
                    + ", destination " + LoadBalancerSimulator.VIP.getHostAddress() + ":" + (s.https() ? 443 : 80)
                    + ", protocol TCP. That is 13 bytes of the headers. "
                    + (s.https() ? "The payload that will follow is TLS ciphertext: it could not read the path or "
                    + "the cookie even if "
                    + "it tried, and it needs no key or certificate." : "The path and cookie are right there in "
                    + "the payload, but a layer-4 balancer does not parse HTTP, so it cannot route by them.");
        }
        return who + (s.https() ? "The layer-7 balancer decrypts the TLS record (it holds the certificate and "
                + "private key for shop.example.com), then " : "The layer-7 balancer ") + "parses the request "
                + "(" + plainLength + " bytes of header and body) and reads the Host, the path and the "
                + "Cookie field: routing is by content, not by address.";
    }

    List<String> readsReferences() {
        return l4 ? List.of("RFC 9293 §3.1", "RFC 791 §3.1")
                : s.https() ? List.of("RFC 8446 §5.2", "RFC 9112 §3", "RFC 6265 §5.4")
                : List.of("RFC 9112 §3", "RFC 6265 §5.4");
    }

    String forwardTitle(int index, String backend) {
        return "Request " + (index + 1) + " → " + backend;
    }

    String forward(int index, LoadBalancerSimulator.Request r, String why, int ipLength) {
        if (l4) {
            return "Decision: " + why + ". The balancer forwards the SYN, and every later segment of this "
                    + "connection, with the destination address rewritten to the backend (and both checksums "
                    + "recomputed); the source address stays the "
                    + "client's, so the backend must route its replies back through the balancer. "
                    + (s.https() ? "The TLS bytes are passed through untouched: the backend terminates TLS and "
                    + "needs the certificate. " : "") + "Per packet the work is a table lookup: cheap, and "
                    + "millions of connections fit in memory.";
        }
        return "Decision: " + why + ". The balancer has completed the client's handshake itself; now it opens "
                + "its own TCP connection from "
                + LoadBalancerSimulator.INSIDE.getHostAddress() + " to the backend and writes a new request with "
                + "X-Forwarded-For: " + r.ip() + ", since the backend sees the balancer's address, not the "
                + "client's (RFC 7239 standardises this as Forwarded). " + (s.https() ? "Inside the data centre "
                + "it is plain HTTP here; many sites re-encrypt. " : "") + "The new packet is " + ipLength
                + " bytes of IP; note the added header lines in the bytes.";
    }

    List<String> forwardReferences() {
        return l4 ? List.of("RFC 3022 §2") : List.of("RFC 7239 §4", "RFC 9110 §7.6");
    }

    /** Why the balancer chose what it did, in a few words. */
    String why(BackendPicker.Choice c) {
        String backend = LoadBalancerSimulator.BACKENDS.get(c.backend());
        if (c.stickyHit()) {
            return (l4 ? "same source address " : "sticky cookie ") + c.stickyKey() + " → " + backend;
        }
        String why = c.algorithm() == BalancingAlgorithm.ROUND_ROBIN
                ? c.pool().name() + ", round robin turn " + c.turn()
                : c.pool().name() + ", 5-tuple hash " + String.format(java.util.Locale.ROOT, "0x%08x", c.hash())
                + " mod " + c.pool().backends().size() + " = " + c.hash() % c.pool().backends().size();
        return why + (!c.remembered() ? "" : l4 ? "; remembered for " + c.stickyKey() : "; pinned to " + c.stickyKey());
    }

    /** A packet's label: whose it is, its flags and ports, and what its payload starts with. */
    static String label(org.wirewise.model.packet.TcpSegment seg, String client, boolean https) {
        String payload = "";
        byte[] p = seg.payload();
        if (p.length > 0) {
            String text = new String(p, java.nio.charset.StandardCharsets.ISO_8859_1);
            payload = https && p[0] == 23 ? "  TLS data, " + p.length + " bytes"
                    : "  " + text.substring(0, Math.max(0, text.indexOf('\r')));
        }
        return (client.isEmpty() ? "" : client + " ") + org.wirewise.model.packet.TcpFlags.names(seg.flags()) + "  "
                + seg.sourcePort() + " → " + seg.destinationPort() + payload;
    }

    String costsTitle() {
        return "What each one costs";
    }

    String costs() {
        return "Layer 4 is cheap and protocol-agnostic (any TCP or UDP service, TLS passed through, no keys on the "
                + "balancer) but blind: one pool, no routing by URL, stickiness only by address. Layer 7 sees "
                + "everything and can route, rewrite, retry and cache, at the cost of terminating every "
                + "connection (two TCP connections per client, TLS handshakes and decryption, parsing every "
                + "request) and holding the site's private key. Large sites use both: layer 4 in front (or DNS "
                + "and anycast) spreading traffic over a fleet of layer-7 proxies.";
    }

    Table costTable() {
        return new Table(LoadBalancerSimulator.COSTS_TABLE, "Layer 4 vs layer 7", List.of("", "Layer 4", "Layer 7"),
                List.of(Table.Row.of("Reads", "5-tuple: 13 header bytes", "the whole HTTP request"),
                        Table.Row.of("Routes by URL, Host, cookie", "no", "yes"),
                        Table.Row.of("TLS", "passed through", "terminated (holds the key)"),
                        Table.Row.of("Connections per client", "0 (a flow table entry)", "2 (client and backend)"),
                        Table.Row.of("Sticky by", "source address", "cookie"),
                        Table.Row.of("Backend sees client address", "yes (NAT keeps it)", "via X-Forwarded-For"),
                        Table.Row.of("Per-request cost", "table lookup", "TLS, parsing, buffering")));
    }
}
