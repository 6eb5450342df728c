package org.wirewise.model.journey;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.dns.StubResolver;
import org.wirewise.model.lb.BackendPicker;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.quic.PacketCodec;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.sim.SimTime;

/**
 * Every sentence of the URL journey. Each phase names the RFC that specifies it and the lesson
 * that teaches it (the step's link opens it); every number is read from the run.
 */
final class JourneyNarration {

    /** The stops of the journey, in order. */
    enum Phase {
        POOL, TYPED, DNS_QUERY, NAT, ROOT, TLD, AUTH, RESOLVER_CACHE, DNS_ANSWER, SYN, BALANCER, SYN_ACK,
        CLIENT_HELLO, TLS_DONE, QUIC_INITIAL, QUIC_NAT, QUIC_BALANCER, QUIC_DONE, REQUEST, QUERY, ROWS, FIRST_BYTE,
        HTML_DONE, SUB_RESOURCES, MORE_CONNECTIONS, WAITED_REQUEST, DONE
    }

    /** A step's words. */
    record Text(String title, String narration, List<String> references) {
    }

    /** What a sentence may read: the browser's moments, every hop, the balancer's choice, the step's hop (or -1). */
    record Context(Browser.Times t, List<JourneyWire.Hop> hops, BackendPicker.Choice choice, int hop) {
        JourneyWire.Hop here() {
            return hops.get(hop);
        }

        /** The hop just before this one from {@code from} to {@code to}: the question a referral answers. */
        JourneyWire.Hop before(String from, String to) {
            for (int i = hop - 1; i >= 0; i--) {
                if (hops.get(i).from().equals(from) && hops.get(i).to().equals(to)) {
                    return hops.get(i);
                }
            }
            return here();
        }

        int backend() {
            return choice.backend() + 1;
        }

        /** The setup's times as the waterfall draws them (frame times). */
        JourneyPhases.Setup setup() {
            return JourneyPhases.setup(t, hops);
        }

        /** The requests' times as the waterfall draws them. */
        List<JourneyPhases.Request> requests() {
            return JourneyPhases.requests(t, hops);
        }
    }

    /** Milliseconds between two moments. */
    private static String between(long from, long to) {
        return ms(to - from);
    }

    private final JourneyScenario s;

    JourneyNarration(JourneyScenario s) {
        this.s = s;
    }

    Text text(Phase phase, Context c) {
        Browser.Times t = c.t();
        JourneyPhases.Setup set = c.setup();
        return switch (phase) {
            case POOL -> new Text("Before you type: the app servers' database pools",
                    "Each app server's connection pool opened its PostgreSQL connection at start-up: a TCP handshake, "
                    + "the StartupMessage, AuthenticationOk and ReadyForQuery. No visitor waits for it; the front page's "
                    + "query will reuse it.", List.of("PostgreSQL protocol 3.0 §55.2", "RFC 9293 §3.5"));
            case TYPED -> typed(t);
            case DNS_QUERY -> new Text("The stub asks the ISP's resolver",
                    "The operating system's stub resolver sends one UDP datagram to " + JourneyNetwork.RESOLVER_IP.getHostAddress()
                    + " port 53 from port " + sourcePort(c.here()) + ": A " + JourneyZones.SITE + ", recursion desired, "
                    + "EDNS(0) with 1232 bytes. The resolver will do the walking.", List.of("RFC 1035 §4.1.1", "RFC 1123 §6.1.3.1"));
            case NAT -> new Text("The home router's NAT rewrites the source",
                    "Private addresses do not cross the internet: the home router rewrites 192.168.1.20:" + sourcePort(c.before(
                    JourneyNetwork.LAPTOP, JourneyNetwork.HOME)) + " to " + JourneyNetwork.HOME_PUBLIC.getHostAddress() + ":"
                    + sourcePort(c.here()) + " and keeps the mapping, so the answer finds its way back. Every packet of the "
                    + "journey crosses it the same way.", List.of("RFC 4787 §4", "RFC 3022 §2"));
            case ROOT -> referral(c, JourneyNetwork.ROOT, "Root: ask com.'s servers",
                    "The resolver's cache is cold, so it starts at a root server, which does not know the answer but "
                    + "refers it to com.'s servers (NS a.gtld-servers.net, with its address as glue)");
            case TLD -> referral(c, JourneyNetwork.TLD, "com.: ask example.com.'s server",
                    "The com. server refers it on to example.com.'s server, ns1.example.com, with glue since that name "
                    + "lies inside the zone it serves");
            case AUTH -> referral(c, JourneyNetwork.AUTH, "example.com.: shop is " + JourneyNetwork.VIP.getHostAddress(),
                    "example.com.'s server answers with authority: " + JourneyZones.SITE + " A "
                    + JourneyNetwork.VIP.getHostAddress() + ", TTL " + JourneyZones.SITE_TTL + " s. The resolver caches it "
                    + "and the referrals");
            case RESOLVER_CACHE -> new Text("The resolver answers from its cache",
                    "Another customer of the ISP looked the name up a moment ago: the resolver answers at once, no "
                    + "root, com. or example.com. round trips.", List.of("RFC 1034 §4.3.2", "RFC 2308 §5"));
            case DNS_ANSWER -> new Text("Answer at the laptop after " + between(set.dnsStart(), set.dnsEnd()),
                    "The answer comes back through the NAT: " + JourneyZones.SITE + " is " + JourneyNetwork.VIP.getHostAddress()
                    + ". DNS lookup on the waterfall is the query leaving to the answer arriving: " + between(set.dnsStart(), set.dnsEnd())
                    + ". The OS and the browser keep it (the browser at most 60 s).", List.of("RFC 1035 §7.3", "RFC 1034 §5.3.1"));
            case SYN -> new Text("SYN to " + JourneyNetwork.VIP.getHostAddress() + ":443",
                    "The browser opens a TCP connection from port " + sourcePort(c.here()) + " to the address DNS gave: a SYN "
                    + "offering MSS 1460, SACK, timestamps and window scaling. Nothing of the URL is in it yet.",
                    List.of("RFC 9293 §3.5", "RFC 7323 §2"));
            case BALANCER -> new Text("The balancer sends the flow to app server " + c.backend(),
                    "The load balancer is a layer-4 node (Linux IPVS, NAT mode): it reads only the IP and TCP headers. "
                    + "This new flow's 5-tuple hashes to app server " + c.backend() + ", so it forwards the SYN with only "
                    + "the destination rewritten; every later segment of the flow goes the same way, the TLS inside "
                    + "passing through unread.", List.of("RFC 9293 §3.1", "RFC 1624 §3"));
            case SYN_ACK -> new Text("SYN-ACK: connected after " + between(set.connectStart(), set.connectEnd()),
                    "App server " + c.backend() + "'s SYN-ACK returns through the balancer, which puts the virtual address "
                    + "back as its source, and through the NAT. Initial connection on the waterfall is SYN sent to "
                    + "SYN-ACK received: " + between(set.connectStart(), set.connectEnd()) + ", one round trip to the site.",
                    List.of("RFC 9293 §3.5"));
            case CLIENT_HELLO -> clientHello();
            case TLS_DONE -> tlsDone(set);
            case QUIC_INITIAL -> quicInitial(c);
            case QUIC_NAT -> new Text("The home NAT maps the UDP flow",
                    "The home router rewrites 192.168.1.20:" + sourcePort(c.before(JourneyNetwork.LAPTOP, JourneyNetwork.HOME))
                    + " to " + JourneyNetwork.HOME_PUBLIC.getHostAddress() + ":" + sourcePort(c.here()) + ", as it did for "
                    + "the DNS query: a UDP mapping. UDP has no SYN or FIN to watch, so the router keeps the mapping while "
                    + "datagrams flow and forgets it after " + Math.round(SimTime.toMillis(JourneyNetwork.UDP_MAPPING_NANOS) / 1000)
                    + " s without one (RFC 4787 asks for at least 2 minutes; many home routers keep less). A QUIC "
                    + "connection left idle longer sends a PING to keep it.", List.of("RFC 4787 §4.3", "RFC 9000 §10.1.2"));
            case QUIC_BALANCER -> new Text("The balancer sends the UDP flow to app server " + c.backend(),
                    "To the layer-4 balancer (IPVS, NAT mode) QUIC is UDP to port 443. There is no SYN to start a flow: "
                    + "this first datagram from " + JourneyNetwork.HOME_PUBLIC.getHostAddress() + ":" + sourcePort(c.here())
                    + " hashes to app server " + c.backend() + ", and every later datagram with the same addresses and "
                    + "ports (the 4-tuple) follows it. It does not read QUIC's connection IDs, so a client whose address "
                    + "or port changes (NAT rebinding, a move to another network) would hash afresh and could land on a "
                    + "server without its connection. A QUIC-aware balancer routes by the Destination Connection ID "
                    + "instead, which the servers fill with routing information and which stays with the connection when "
                    + "its address changes.", List.of("RFC 768", "RFC 9000 §5.1", "RFC 9000 §9"));
            case QUIC_DONE -> quicDone(c);
            case REQUEST -> t.quic ? new Text("GET / on stream 0",
                    "In the instant its Finished leaves, the browser opens HTTP/3's control stream (SETTINGS) and "
                    + "request stream 0: a HEADERS frame, GET / on :authority " + JourneyZones.SITE + ", its fields "
                    + "compressed with QPACK's static table, in a 1-RTT packet only the two ends can read.",
                    List.of("RFC 9114 §4.1", "RFC 9114 §6.2.1", "RFC 9204 §3.1")) : h1() ? new Text("GET / HTTP/1.1", afterFinished() + " the browser writes the request as HTTP/1.1's text: the request line GET / "
                    + "HTTP/1.1, the fields Host: " + JourneyZones.SITE + ", User-Agent and Accept, and an empty line, inside "
                    + "a TLS application_data record no one on the path can read. Until its whole answer is in, this "
                    + "connection carries nothing else.", List.of("RFC 9112 §3", "RFC 9112 §9.3"))
                    : new Text("GET / on stream 1",
                    afterFinished() + " the browser sends HTTP/2's connection preface, its SETTINGS and a HEADERS "
                    + "frame for stream 1: GET / on :authority " + JourneyZones.SITE + ", compressed with HPACK, inside TLS "
                    + "application_data records no one on the path can read.", List.of("RFC 9113 §3.4", "RFC 9113 §8.3"));
            case QUERY -> new Text("App server " + c.backend() + " queries the database",
                    "To build the front page the app server needs the featured products. It sends a PostgreSQL simple "
                    + "Query on its pooled connection: " + ShopServers.FRONT_PAGE_SQL + ".",
                    List.of("PostgreSQL protocol 3.0 §55.2.2"));
            case ROWS -> new Text("Three rows, " + ms(c.here().arrivesAt() - c.before(hostOf(c), JourneyNetwork.DB).sentAt())
                    + " after the query", "The database answers: RowDescription, a DataRow per product, CommandComplete "
                    + "\"SELECT 3\" and ReadyForQuery. The app server then spends " + ms(ShopServers.RENDER_NANOS)
                    + " rendering the HTML.", List.of("PostgreSQL protocol 3.0 §55.7"));
            case FIRST_BYTE -> firstByte(c);
            case HTML_DONE -> new Text("The HTML is complete", (t.quic ? "The last of stream 0's bytes, with its FIN, "
                    + "arrive" : h1() ? "The record holding the body's last byte arrives (Content-Length says where the body ends)"
                    : "The DATA frame carrying END_STREAM on stream 1 arrives") + ": the page's HTML took "
                    + between(c.requests().get(0).firstByteAt(), c.requests().get(0).completeAt()) + " to download ("
                    + t.fetches.get(0).bodyOctets() + " bytes). The browser parses it and finds a stylesheet, a script "
                    + "and an image.", List.of(t.quic ? "RFC 9000 §2.2" : h1() ? "RFC 9112 §6.2" : "RFC 9113 §6.1"));
            case SUB_RESOURCES -> h1() ? subResources(c) : new Text("Three sub-resources on the same connection",
                    "The browser asks for " + String.join(", ", ShopPages.SUB_RESOURCES) + " at once, streams "
                    + streams(t) + " of the connection it already has: no DNS, no " + (t.quic ? "QUIC" : "TCP or TLS")
                    + " handshake, one round trip for all three." + (t.quic ? " Each stream is ordered on its own: a "
                    + "lost packet would hold up only the streams whose bytes it carried, not the others as TCP's one "
                    + "byte stream does." : ""), List.of(t.quic ? "RFC 9000 §2.2" : "RFC 9113 §5"));
            case MORE_CONNECTIONS -> moreConnections(c);
            case WAITED_REQUEST -> waitedRequest(c);
            case DONE -> done(c);
        };
    }

    /** The sub-resources' stream numbers: "3, 5 and 7". */
    private static String streams(Browser.Times t) {
        List<String> ids = ShopPages.SUB_RESOURCES.stream().map(p -> Long.toString(t.streams.get(p))).toList();
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    private static Text quicInitial(Context c) {
        byte[] payload = udpPayload(c.here());
        int dcid = PacketCodec.split(payload, QuicConnection.CID_LENGTH).get(0).dcid().length;
        return new Text("Straight to QUIC on UDP 443",
                "On an earlier visit the site's responses said Alt-Svc: h3=\":443\", HTTP/3 on UDP port 443, and the "
                + "browser remembers. So no TCP: from UDP port " + sourcePort(c.here()) + " goes a QUIC Initial carrying "
                + "TLS 1.3's ClientHello in a CRYPTO frame (server_name " + JourneyZones.SITE + ", ALPN h3, an x25519 "
                + "key share, QUIC's transport parameters), padded to " + payload.length + " bytes: a server may answer "
                + "an unproven address with at most three times what it received. The Initial's protection comes from "
                + "its " + dcid + "-byte Destination Connection ID, so anyone on the path can remove it: the ClientHello is "
                + "no more secret than over TCP.", List.of("RFC 9114 §3.1.1", "RFC 9000 §8.1", "RFC 9000 §14.1",
                "RFC 9001 §5.2"));
    }

    private static Text quicDone(Context c) {
        JourneyPhases.Setup set = c.setup();
        long datagrams = c.hops().stream().filter(h -> h.to().equals(JourneyNetwork.LAPTOP) && h.label().startsWith("QUIC")
                && h.arrivesAt() > set.connectStart() && h.arrivesAt() <= set.connectEnd()).count();
        String took = between(set.connectStart(), set.connectEnd());
        return new Text("QUIC and TLS 1.3 done after " + took,
                "The server's flight has arrived in " + datagrams + " datagrams: an Initial with the ServerHello, then "
                + "Handshake packets with EncryptedExtensions (ALPN h3, the server's transport parameters), its "
                + "certificate for " + JourneyZones.SITE + ", CertificateVerify and Finished. The browser checks the chain "
                + "and answers with its Finished: transport and encryption agreed in one round trip, where TCP then TLS "
                + "take two. Initial connection on the waterfall is the first Initial sent to the server's Finished "
                + "received, " + took + ", with TLS inside it: Chrome reports the same span as both Initial connection "
                + "and SSL; here it is one bar, so the bars add up.", List.of("RFC 9001 §4", "RFC 9000 §7", "RFC 8446 §2"));
    }

    private Text clientHello() {
        String clear = "server_name " + JourneyZones.SITE + " (in the clear: the NAT, the ISP and the balancer could read "
                + "it), ALPN offering " + alpn() + (h1() ? " only" : "");
        return switch (s.tls()) {
            case "1.2" -> new Text("ClientHello: TLS 1.2 starts",
                    "With the handshake's ACK goes TLS 1.2's ClientHello: " + clear + ", one cipher suite "
                    + "(ECDHE-ECDSA-AES128-GCM-SHA256) and x25519 as its group, but no key share yet: TLS 1.2 waits for "
                    + "the server's choice before either side sends its half of the key exchange.",
                    List.of("RFC 5246 §7.4.1.2", "RFC 8422 §5.1", "RFC 7301 §3.1"));
            case "resumed" -> new Text("ClientHello: resuming the last visit",
                    "You were here " + Browser.REVISIT_AFTER_MILLIS / 60_000 + " minute ago, and the server sent a "
                    + "NewSessionTicket then. This ClientHello offers that ticket as a pre-shared key (psk_dhe_ke: with a "
                    + "fresh x25519 share too, for forward secrecy), with " + clear + ". No early data: the GET waits.",
                    List.of("RFC 8446 §2.2", "RFC 8446 §4.2.11", "RFC 8446 §4.2.9"));
            default -> new Text("ClientHello: TLS 1.3 starts",
                    "With the handshake's ACK goes TLS 1.3's ClientHello: " + clear + ", an x25519 key share.",
                    List.of("RFC 8446 §4.1.2", "RFC 6066 §3", "RFC 7301 §3.1"));
        };
    }

    private Text tlsDone(JourneyPhases.Setup set) {
        String took = between(set.tlsStart(), set.tlsEnd());
        String waterfall = " SSL/TLS on the waterfall: ClientHello sent to the server's Finished received, " + took;
        return switch (s.tls()) {
            case "1.2" -> new Text("TLS 1.2 done after " + took,
                    "First round trip: ServerHello (ALPN " + alpn() + "), the certificate, a signed ServerKeyExchange and "
                    + "ServerHelloDone, all in the clear. Second: the browser's ClientKeyExchange, ChangeCipherSpec and "
                    + "Finished, and the server's ChangeCipherSpec and Finished back." + waterfall + ", two round trips: "
                    + "the browser may not send its request before the server's Finished.",
                    List.of("RFC 5246 §7.3", "RFC 5246 §7.4.9", "RFC 7301 §3.2"));
            case "resumed" -> new Text("Resumed TLS 1.3 done after " + took,
                    "The server knows the ticket: its ServerHello takes the PSK, and its flight has EncryptedExtensions "
                    + "(ALPN " + alpn() + ") and Finished but no Certificate and no CertificateVerify, so fewer bytes to send and no "
                    + "signature to make or check." + waterfall + ", still one round trip: resumption saves the "
                    + "certificate's bytes and the signatures, and only 0-RTT early data would save the round trip.",
                    List.of("RFC 8446 §2.2", "RFC 8446 §2.3", "RFC 8446 §4.2.11"));
            default -> new Text("TLS 1.3 done after " + took,
                    "The server's flight arrives: ServerHello, then under handshake keys EncryptedExtensions (ALPN "
                    + alpn() + "), "
                    + "its certificate for " + JourneyZones.SITE + ", CertificateVerify and Finished. The browser checks the "
                    + "chain and answers with its own Finished." + waterfall + ", one round trip.",
                    List.of("RFC 8446 §2", "RFC 8446 §4.4"));
        };
    }

    private String afterFinished() {
        return s.tls().equals("1.2") ? "As soon as the server's Finished has arrived" : "Right after its Finished";
    }

    private boolean h1() {
        return s.http().equals("1.1");
    }

    /** What the browser offers with ALPN: the scenario's HTTP version's name. */
    private String alpn() {
        return h1() ? "http/1.1" : "h2";
    }

    private static Text subResources(Context c) {
        int more = c.t().connections.size() - 1;
        return new Text("Three sub-resources, one connection each",
                "The browser wants " + String.join(", ", ShopPages.SUB_RESOURCES) + " at once, but HTTP/1.1 carries one "
                + "request at a time on a connection. " + ShopPages.SUB_RESOURCES.get(0) + " goes now on the page's "
                + "connection, kept alive and idle since the HTML came: no handshake. The other " + more + " need "
                + "connections of their own, and the browser opens " + more + " more (it allows "
                + Http1Browsing.PER_HOST + " per host).", List.of("RFC 9112 §9.3", "RFC 9112 §9.4"));
    }

    private Text moreConnections(Context c) {
        StringBuilder each = new StringBuilder();
        for (Browser.Connection k : c.t().connections.subList(1, c.t().connections.size())) {
            each.append(each.isEmpty() ? "" : "; ").append("port ").append(k.localPort).append(" to app server ")
                    .append(backendOf(c, k.localPort));
        }
        return new Text((c.t().connections.size() - 1) + " more connections, " + (c.t().connections.size() - 1)
                + " more handshakes",
                "New SYNs leave for " + JourneyNetwork.VIP.getHostAddress() + ":443, each from its own port, and each "
                + "connection needs its own TCP handshake and then its own TLS handshake ("
                + (s.tls().equals("resumed") ? "each offering a ticket of its own from the last visit: no certificate, "
                + "but a round trip all the same" : "certificate and all") + ") before its one request can go. The balancer hashes each new 5-tuple on its own: " + each + ".",
                List.of("RFC 9112 §9.4", "RFC 9293 §3.5", "RFC 8446 §2"));
    }

    private static Text waitedRequest(Context c) {
        JourneyPhases.Request r = c.requests().stream().filter(q -> q.opened() && q.port() != c.t().first().localPort)
                .findFirst().orElseThrow();
        Browser.Connection k = c.t().connection(r.port()).orElseThrow();
        JourneyPhases.Setup set = JourneyPhases.setup(c.t(), c.hops(), k);
        return new Text("GET " + r.target() + " after " + between(r.queuedAt(), r.sentAt()) + " of handshakes",
                "Its connection's handshakes done (Initial connection " + between(set.connectStart(), set.connectEnd())
                + ", SSL/TLS " + between(set.tlsStart(), set.tlsEnd()) + " on its row of the waterfall), " + r.target()
                + " goes " + between(r.queuedAt(), r.sentAt()) + " after the browser wanted it. Over HTTP/2 it went at "
                + "once, a stream on the connection already open.", List.of("RFC 9112 §9.4", "RFC 9113 §5"));
    }

    /** The app server the balancer sent the connection from {@code port} to: where its SYN went on. */
    private static int backendOf(Context c, int port) {
        return c.hops().stream().filter(h -> h.from().equals(JourneyNetwork.LB) && h.label().equals("SYN")
                && JourneyPhases.port(h) == port).findFirst()
                .map(h -> h.to().equals(JourneyNetwork.APP_1) ? 1 : 2).orElse(c.backend());
    }

    private Text typed(Browser.Times t) {
        String rest = t.dnsSource == StubResolver.Source.BROWSER_CACHE
                ? "Its own host cache still holds the answer from a lookup less than a minute ago: no packet leaves, "
                  + "and the DNS lookup takes 0 ms."
                : "Its own host cache is empty and so is the operating system's, so the OS's stub resolver must ask "
                  + "the network.";
        return new Text("You type https://" + JourneyZones.SITE + "/",
                "You press Enter. The URL says HTTPS on port 443 at host " + JourneyZones.SITE + ", path /. The browser "
                + "needs the host's address first. " + rest, List.of("RFC 3986 §3", "RFC 9110 §4.2.2", "RFC 1034 §5.3.1"));
    }

    private static Text referral(Context c, String server, String title, String what) {
        JourneyWire.Hop asked = c.before(JourneyNetwork.RESOLVER, server);
        return new Text(title, what + ". Round trip from the resolver: " + ms(c.here().arrivesAt() - asked.sentAt()) + ".",
                List.of("RFC 1034 §4.3.2", "RFC 1035 §4.1"));
    }

    private Text firstByte(Context c) {
        JourneyPhases.Request html = c.requests().get(0);
        long waiting = html.firstByteAt() - html.sentAt();
        long rtt = c.setup().connectEnd() - c.setup().connectStart();
        boolean quic = c.t().quic;
        return new Text("First byte after " + ms(waiting) + " waiting",
                (h1() ? "The response's first record opens: HTTP/1.1 200 OK, Content-Type, Content-Length. "
                : "The response's HEADERS frame (:status 200) reaches the laptop. ") + "Waiting (TTFB) is request sent to first "
                + "byte received: " + ms(waiting) + ", one round trip to the site (" + ms(rtt) + (quic
                ? " for the handshake, which includes the server's signing" : " for the SYN") + ") and "
                + ms(Math.max(0, waiting - rtt)) + " more, the app server's query and rendering and the response's "
                + "first segment crossing the last mile." + (html.completeAt() == html.firstByteAt()
                ? " The server wrote the " + (h1() ? "status line, the fields" : "HEADERS") + " and the whole HTML ("
                  + c.t().fetches.get(0).bodyOctets() + " bytes) "
                  + "together, " + (quic ? "in one packet" : "in one TLS record that opens only when all of it is in")
                  + ", so the first byte and the last arrive together: Content download 0 ms." : ""),
                quic ? List.of("RFC 9114 §4.1", "RFC 9001 §5") : List.of(h1() ? "RFC 9112 §4" : "RFC 9113 §8.1",
                "RFC 8446 §5.1"));
    }

    private static Text done(Context c) {
        Browser.Times t = c.t();
        StringBuilder parts = new StringBuilder();
        for (JourneyPhases.Part p : JourneyPhases.of(t, c.hops())) {
            if (p.request().isEmpty() || p.request().equals("/")) {
                parts.append(parts.isEmpty() ? "" : ", ").append(p.name()).append(' ')
                        .append(p.request().isEmpty() ? "" : "for the page (/) ").append(ms(p.to() - p.from()));
            }
        }
        return new Text("Page loaded in " + ms(t.doneAt - t.typedAt),
                "The last byte of the last sub-resource arrives " + ms(t.doneAt - t.typedAt) + " after you pressed Enter: "
                + parts + ", then the sub-resources " + between(c.requests().get(1).sentAt(), t.doneAt) + ". Every bar of "
                + "the waterfall is a stretch between two packets in the diagram.", List.of("RFC 9110 §15.3.1"));
    }

    private static String hostOf(Context c) {
        return c.backend() == 1 ? JourneyNetwork.APP_1 : JourneyNetwork.APP_2;
    }

    /** Milliseconds as the lessons print them: "84.012 ms". */
    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", SimTime.toMillis(nanos));
    }

    /** The UDP payload of a hop's frame. */
    private static byte[] udpPayload(JourneyWire.Hop h) {
        Datagram d = Datagram.of(h.frame());
        return UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength()).payload();
    }

    /** The UDP or TCP source port of a hop's frame. */
    private static int sourcePort(JourneyWire.Hop h) {
        Datagram d = Datagram.of(h.frame());
        return d.protocol() == IpProtocol.UDP ? UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength())
                .sourcePort() : TcpSegment.decode(d.ip(), d.transportOffset(), d.transportLength()).sourcePort();
    }
}
