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
import org.wirewise.model.http.Phase.Kind;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;

/**
 * Every sentence and label of the URL journey, in one language ({@code url-journey.properties}). Each phase names the RFC that specifies it and the lesson
 * that teaches it (the step's link opens it); every number is read from the run.
 */
final class JourneyNarration {

    /** The lesson's bundle: {@code url-journey.properties} and its translations. */
    static final String TEXTS = "org.wirewise.model.journey.url-journey";

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

    private final JourneyScenario s;
    private final Texts texts;
    private final Units units;

    JourneyNarration(JourneyScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(TEXTS, language);
        this.units = new Units(texts.language());
    }

    /** A text of the bundle with its arguments: a title, a column, a caption. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** A part of the load as DevTools names it. */
    String phase(Kind kind) {
        return texts.get("phase." + kind.name());
    }

    /** Milliseconds as the lessons print them: "84.012 ms" ("84,012 ms" in Spanish). */
    String ms(long nanos) {
        return millis(nanos) + " ms";
    }

    /** Milliseconds without their unit: "84.012". */
    String millis(long nanos) {
        return units.fixed(SimTime.toMillis(nanos), 3);
    }

    /** A count of bytes or datagrams: as English printed it, grouped as Spanish writes large numbers. */
    String count(long n) {
        return texts.language().equals(Locale.ENGLISH) ? Long.toString(n) : units.grouped(n);
    }

    private String between(long from, long to) {
        return ms(to - from);
    }

    Text text(Phase phase, Context c) {
        Browser.Times t = c.t();
        JourneyPhases.Setup set = c.setup();
        String site = JourneyZones.SITE;
        String vip = JourneyNetwork.VIP.getHostAddress();
        String home = JourneyNetwork.HOME_PUBLIC.getHostAddress();
        return switch (phase) {
            case POOL -> told("pool", List.of("PostgreSQL protocol 3.0 §55.2", "RFC 9293 §3.5"));
            case TYPED -> typed(t);
            case DNS_QUERY -> new Text(texts.get("dnsQuery.title"), texts.get("dnsQuery.text",
                    JourneyNetwork.RESOLVER_IP.getHostAddress(), port(c.here()), site),
                    List.of("RFC 1035 §4.1.1", "RFC 1123 §6.1.3.1"));
            case NAT -> new Text(texts.get("nat.title"), texts.get("nat.text",
                    port(c.before(JourneyNetwork.LAPTOP, JourneyNetwork.HOME)), home, port(c.here())),
                    List.of("RFC 4787 §4", "RFC 3022 §2"));
            case ROOT -> referral(c, JourneyNetwork.ROOT, texts.get("root.title"), texts.get("root.what"));
            case TLD -> referral(c, JourneyNetwork.TLD, texts.get("tld.title"), texts.get("tld.what"));
            case AUTH -> referral(c, JourneyNetwork.AUTH, texts.get("auth.title", vip),
                    texts.get("auth.what", site, vip, Long.toString(JourneyZones.SITE_TTL)));
            case RESOLVER_CACHE -> told("resolverCache", List.of("RFC 1034 §4.3.2", "RFC 2308 §5"));
            case DNS_ANSWER -> new Text(texts.get("dnsAnswer.title", between(set.dnsStart(), set.dnsEnd())),
                    texts.get("dnsAnswer.text", site, vip, between(set.dnsStart(), set.dnsEnd())),
                    List.of("RFC 1035 §7.3", "RFC 1034 §5.3.1"));
            case SYN -> new Text(texts.get("syn.title", vip), texts.get("syn.text", port(c.here())),
                    List.of("RFC 9293 §3.5", "RFC 7323 §2"));
            case BALANCER -> new Text(texts.get("balancer.title", backend(c)), texts.get("balancer.text", backend(c)),
                    List.of("RFC 9293 §3.1", "RFC 1624 §3"));
            case SYN_ACK -> new Text(texts.get("synAck.title", between(set.connectStart(), set.connectEnd())),
                    texts.get("synAck.text", backend(c), between(set.connectStart(), set.connectEnd())),
                    List.of("RFC 9293 §3.5"));
            case CLIENT_HELLO -> clientHello();
            case TLS_DONE -> tlsDone(set);
            case QUIC_INITIAL -> quicInitial(c);
            case QUIC_NAT -> new Text(texts.get("quicNat.title"), texts.get("quicNat.text",
                    port(c.before(JourneyNetwork.LAPTOP, JourneyNetwork.HOME)), home, port(c.here()),
                    Long.toString(Math.round(SimTime.toMillis(JourneyNetwork.UDP_MAPPING_NANOS) / 1000))),
                    List.of("RFC 4787 §4.3", "RFC 9000 §10.1.2"));
            case QUIC_BALANCER -> new Text(texts.get("quicBalancer.title", backend(c)),
                    texts.get("quicBalancer.text", home, port(c.here()), backend(c)),
                    List.of("RFC 768", "RFC 9000 §5.1", "RFC 9000 §9"));
            case QUIC_DONE -> quicDone(c);
            case REQUEST -> t.quic ? new Text(texts.get("request.h3.title"), texts.get("request.h3.text", site),
                    List.of("RFC 9114 §4.1", "RFC 9114 §6.2.1", "RFC 9204 §3.1")) : h1()
                    ? new Text(texts.get("request.h1.title"), texts.get("request.h1.text", afterFinished(), site),
                    List.of("RFC 9112 §3", "RFC 9112 §9.3"))
                    : new Text(texts.get("request.h2.title"), texts.get("request.h2.text", afterFinished(), site),
                    List.of("RFC 9113 §3.4", "RFC 9113 §8.3"));
            case QUERY -> new Text(texts.get("query.title", backend(c)), texts.get("query.text", ShopServers.FRONT_PAGE_SQL),
                    List.of("PostgreSQL protocol 3.0 §55.2.2"));
            case ROWS -> new Text(texts.get("rows.title", ms(c.here().arrivesAt()
                    - c.before(hostOf(c), JourneyNetwork.DB).sentAt())),
                    texts.get("rows.text", ms(ShopServers.RENDER_NANOS)), List.of("PostgreSQL protocol 3.0 §55.7"));
            case FIRST_BYTE -> firstByte(c);
            case HTML_DONE -> new Text(texts.get("htmlDone.title"), texts.get("htmlDone.text",
                    texts.get(t.quic ? "htmlDone.h3" : h1() ? "htmlDone.h1" : "htmlDone.h2"),
                    between(c.requests().get(0).firstByteAt(), c.requests().get(0).completeAt()),
                    count(t.fetches.get(0).bodyOctets())),
                    List.of(t.quic ? "RFC 9000 §2.2" : h1() ? "RFC 9112 §6.2" : "RFC 9113 §6.1"));
            case SUB_RESOURCES -> h1() ? subResources(c) : new Text(texts.get("sub.title"),
                    texts.get(t.quic ? "sub.h3.text" : "sub.h2.text", String.join(", ", ShopPages.SUB_RESOURCES),
                    streams(t)), List.of(t.quic ? "RFC 9000 §2.2" : "RFC 9113 §5"));
            case MORE_CONNECTIONS -> moreConnections(c);
            case WAITED_REQUEST -> waitedRequest(c);
            case DONE -> done(c);
        };
    }

    /** A step with no numbers: {@code key.title} and {@code key.text}. */
    private Text told(String key, List<String> references) {
        return new Text(texts.get(key + ".title"), texts.get(key + ".text"), references);
    }

    private static String backend(Context c) {
        return Integer.toString(c.backend());
    }

    /** The sub-resources' stream numbers: "3, 5 and 7". */
    private String streams(Browser.Times t) {
        List<String> ids = ShopPages.SUB_RESOURCES.stream().map(p -> Long.toString(t.streams.get(p))).toList();
        return texts.get("list.and", String.join(", ", ids.subList(0, ids.size() - 1)), ids.get(ids.size() - 1));
    }

    private Text quicInitial(Context c) {
        byte[] payload = udpPayload(c.here());
        int dcid = PacketCodec.split(payload, QuicConnection.CID_LENGTH).get(0).dcid().length;
        return new Text(texts.get("quicInitial.title"), texts.get("quicInitial.text", port(c.here()), JourneyZones.SITE,
                count(payload.length), Integer.toString(dcid)), List.of("RFC 9114 §3.1.1", "RFC 9000 §8.1",
                "RFC 9000 §14.1", "RFC 9001 §5.2"));
    }

    private Text quicDone(Context c) {
        JourneyPhases.Setup set = c.setup();
        long datagrams = c.hops().stream().filter(h -> h.to().equals(JourneyNetwork.LAPTOP) && h.label().startsWith("QUIC")
                && h.arrivesAt() > set.connectStart() && h.arrivesAt() <= set.connectEnd()).count();
        String took = between(set.connectStart(), set.connectEnd());
        return new Text(texts.get("quicDone.title", took), texts.get("quicDone.text", count(datagrams), JourneyZones.SITE,
                took), List.of("RFC 9001 §4", "RFC 9000 §7", "RFC 8446 §2"));
    }

    private Text clientHello() {
        String clear = texts.get(h1() ? "hello.clearOnly" : "hello.clear", JourneyZones.SITE, alpn());
        return switch (s.tls()) {
            case "1.2" -> new Text(texts.get("hello.12.title"), texts.get("hello.12.text", clear),
                    List.of("RFC 5246 §7.4.1.2", "RFC 8422 §5.1", "RFC 7301 §3.1"));
            case "resumed" -> new Text(texts.get("hello.resumed.title"), texts.get("hello.resumed.text",
                    Long.toString(Browser.REVISIT_AFTER_MILLIS / 60_000), clear),
                    List.of("RFC 8446 §2.2", "RFC 8446 §4.2.11", "RFC 8446 §4.2.9"));
            default -> new Text(texts.get("hello.13.title"), texts.get("hello.13.text", clear),
                    List.of("RFC 8446 §4.1.2", "RFC 6066 §3", "RFC 7301 §3.1"));
        };
    }

    private Text tlsDone(JourneyPhases.Setup set) {
        String took = between(set.tlsStart(), set.tlsEnd());
        return switch (s.tls()) {
            case "1.2" -> new Text(texts.get("tls.12.title", took), texts.get("tls.12.text", alpn(), took),
                    List.of("RFC 5246 §7.3", "RFC 5246 §7.4.9", "RFC 7301 §3.2"));
            case "resumed" -> new Text(texts.get("tls.resumed.title", took), texts.get("tls.resumed.text", alpn(), took),
                    List.of("RFC 8446 §2.2", "RFC 8446 §2.3", "RFC 8446 §4.2.11"));
            default -> new Text(texts.get("tls.13.title", took), texts.get("tls.13.text", alpn(), JourneyZones.SITE, took),
                    List.of("RFC 8446 §2", "RFC 8446 §4.4"));
        };
    }

    private String afterFinished() {
        return texts.get(s.tls().equals("1.2") ? "afterFinished12" : "afterFinished");
    }

    private boolean h1() {
        return s.http().equals("1.1");
    }

    /** What the browser offers with ALPN: the scenario's HTTP version's name. */
    private String alpn() {
        return h1() ? "http/1.1" : "h2";
    }

    private Text subResources(Context c) {
        String more = Integer.toString(c.t().connections.size() - 1);
        return new Text(texts.get("sub.h1.title"), texts.get("sub.h1.text", String.join(", ", ShopPages.SUB_RESOURCES),
                ShopPages.SUB_RESOURCES.get(0), more, Integer.toString(Http1Browsing.PER_HOST)),
                List.of("RFC 9112 §9.3", "RFC 9112 §9.4"));
    }

    private Text moreConnections(Context c) {
        StringBuilder each = new StringBuilder();
        for (Browser.Connection k : c.t().connections.subList(1, c.t().connections.size())) {
            each.append(each.isEmpty() ? "" : "; ").append(texts.get("more.each", Integer.toString(k.localPort),
                    Integer.toString(backendOf(c, k.localPort))));
        }
        return new Text(texts.get("more.title", Integer.toString(c.t().connections.size() - 1)),
                texts.get("more.text", JourneyNetwork.VIP.getHostAddress(),
                        texts.get(s.tls().equals("resumed") ? "more.resumed" : "more.full"), each),
                List.of("RFC 9112 §9.4", "RFC 9293 §3.5", "RFC 8446 §2"));
    }

    private Text waitedRequest(Context c) {
        JourneyPhases.Request r = c.requests().stream().filter(q -> q.opened() && q.port() != c.t().first().localPort)
                .findFirst().orElseThrow();
        Browser.Connection k = c.t().connection(r.port()).orElseThrow();
        JourneyPhases.Setup set = JourneyPhases.setup(c.t(), c.hops(), k);
        String waited = between(r.queuedAt(), r.sentAt());
        return new Text(texts.get("waited.title", r.target(), waited), texts.get("waited.text",
                between(set.connectStart(), set.connectEnd()), between(set.tlsStart(), set.tlsEnd()), r.target(), waited),
                List.of("RFC 9112 §9.4", "RFC 9113 §5"));
    }

    /** The app server the balancer sent the connection from {@code port} to: where its SYN went on. */
    private static int backendOf(Context c, int port) {
        return c.hops().stream().filter(h -> h.from().equals(JourneyNetwork.LB) && h.label().equals("SYN")
                && JourneyPhases.port(h) == port).findFirst()
                .map(h -> h.to().equals(JourneyNetwork.APP_1) ? 1 : 2).orElse(c.backend());
    }

    private Text typed(Browser.Times t) {
        String rest = texts.get(t.dnsSource == StubResolver.Source.BROWSER_CACHE ? "typed.cached" : "typed.asks");
        return new Text(texts.get("typed.title", JourneyZones.SITE), texts.get("typed.text", JourneyZones.SITE, rest),
                List.of("RFC 3986 §3", "RFC 9110 §4.2.2", "RFC 1034 §5.3.1"));
    }

    private Text referral(Context c, String server, String title, String what) {
        JourneyWire.Hop asked = c.before(JourneyNetwork.RESOLVER, server);
        return new Text(title, texts.get("referral.text", what, ms(c.here().arrivesAt() - asked.sentAt())),
                List.of("RFC 1034 §4.3.2", "RFC 1035 §4.1"));
    }

    private Text firstByte(Context c) {
        JourneyPhases.Request html = c.requests().get(0);
        long waiting = html.firstByteAt() - html.sentAt();
        long rtt = c.setup().connectEnd() - c.setup().connectStart();
        boolean quic = c.t().quic;
        String text = texts.get("firstByte.text", texts.get(h1() ? "firstByte.h1" : "firstByte.h2"), ms(waiting),
                texts.get(quic ? "firstByte.rttQuic" : "firstByte.rtt", ms(rtt)), ms(Math.max(0, waiting - rtt)));
        if (html.completeAt() == html.firstByteAt()) {
            text += " " + texts.get("firstByte.whole", texts.get(h1() ? "firstByte.whole.h1" : "firstByte.whole.h2"),
                    count(c.t().fetches.get(0).bodyOctets()),
                    texts.get(quic ? "firstByte.onePacket" : "firstByte.oneRecord"));
        }
        return new Text(texts.get("firstByte.title", ms(waiting)), text,
                quic ? List.of("RFC 9114 §4.1", "RFC 9001 §5") : List.of(h1() ? "RFC 9112 §4" : "RFC 9113 §8.1",
                "RFC 8446 §5.1"));
    }

    private Text done(Context c) {
        Browser.Times t = c.t();
        StringBuilder parts = new StringBuilder();
        for (JourneyPhases.Part p : JourneyPhases.of(t, c.hops())) {
            if (p.request().isEmpty() || p.request().equals("/")) {
                parts.append(parts.isEmpty() ? "" : ", ").append(texts.get(p.request().isEmpty() ? "done.part"
                        : "done.partPage", phase(p.kind()), ms(p.to() - p.from())));
            }
        }
        return new Text(texts.get("done.title", ms(t.doneAt - t.typedAt)), texts.get("done.text",
                ms(t.doneAt - t.typedAt), parts, between(c.requests().get(1).sentAt(), t.doneAt)),
                List.of("RFC 9110 §15.3.1"));
    }

    private static String hostOf(Context c) {
        return c.backend() == 1 ? JourneyNetwork.APP_1 : JourneyNetwork.APP_2;
    }

    /** The UDP payload of a hop's frame. */
    private static byte[] udpPayload(JourneyWire.Hop h) {
        Datagram d = Datagram.of(h.frame());
        return UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength()).payload();
    }

    /** The UDP or TCP source port of a hop's frame, as a port is written: never grouped. */
    private static String port(JourneyWire.Hop h) {
        return Integer.toString(sourcePort(h));
    }

    private static int sourcePort(JourneyWire.Hop h) {
        Datagram d = Datagram.of(h.frame());
        return d.protocol() == IpProtocol.UDP ? UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength())
                .sourcePort() : TcpSegment.decode(d.ip(), d.transportOffset(), d.transportLength()).sourcePort();
    }
}
