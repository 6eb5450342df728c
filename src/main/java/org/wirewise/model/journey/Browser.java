package org.wirewise.model.journey;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.Rdata;
import org.wirewise.model.dns.RecordType;
import org.wirewise.model.dns.StubResolver;
import org.wirewise.model.http.h2.H2Client;
import org.wirewise.model.http.h2.H2Rig;
import org.wirewise.model.http.h2.H2Transport;
import org.wirewise.model.http.h2.Settings;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.ResumptionTicket;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.Tls12Client;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsEvent;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * The laptop's browser loading https://shop.example.com/: a lookup through its stub resolver, one
 * TCP connection, TLS (1.3, 1.2, or 1.3 resuming an earlier visit's ticket) with ALPN h2, GET / over HTTP/2, then the page's three sub-resources at
 * once on the same connection. It notes the moment each part began and ended, from the sockets'
 * own callbacks, which are the moments the packets leave and arrive.
 */
final class Browser {

    /** When each part of the load happened, in simulated nanoseconds (-1: not yet). */
    static final class Times {
        long typedAt = -1;
        StubResolver.Source dnsSource;
        long dnsStart = -1;
        long dnsEnd = -1;
        long connectStart = -1;
        long connectEnd = -1;
        long tlsStart = -1;
        long tlsEnd = -1;
        final List<String> targets = new ArrayList<>();
        final List<Long> queuedAt = new ArrayList<>();
        final List<H2Client.Completion> completions = new ArrayList<>();
        long doneAt = -1;
        /** For each write the HTTP/2 client made: when, and the TCP sequence number its first byte will carry. */
        final List<long[]> writes = new ArrayList<>();
        /** Over HTTP/3: for each request stream, the frame that carried its first byte (first transmission). */
        final java.util.Map<Long, byte[]> streamFrames = new java.util.HashMap<>();
        /** Whether the load went over HTTP/3 (QUIC): then the connection's setup is QUIC's one handshake. */
        boolean quic;
        int localPort;
    }

    /** A resumed visit comes this long after the one that got the ticket (its age, RFC 8446 §4.2.11). */
    static final long REVISIT_AFTER_MILLIS = 60_000;

    private final HostNode laptop;
    private final StubResolver stub;
    private final LessonServer site;
    private final Consumer<SessionSecret> secrets;
    private final String tls;
    private final ResumptionTicket ticket;
    private final boolean http3;
    private final Times times = new Times();
    private TlsClient client;

    /**
     * @param tls    the scenario's "1.3", "1.2" or "resumed"
     * @param ticket for "resumed": the ticket an earlier visit received, offered as a PSK
     * @param http   the scenario's "2" or "3" (HTTP/3 over QUIC: see {@link QuicVisit})
     */
    Browser(HostNode laptop, StubResolver stub, LessonServer site, Consumer<SessionSecret> secrets, String tls,
            ResumptionTicket ticket, String http) {
        this.laptop = laptop;
        this.stub = stub;
        this.site = site;
        this.secrets = secrets;
        this.tls = tls;
        this.ticket = ticket;
        this.http3 = http.equals("3");
        times.quic = http3;
    }

    /** The ticket this visit's TLS 1.3 connection received, for a later visit to resume with. */
    java.util.Optional<ResumptionTicket> ticket() {
        return client == null ? java.util.Optional.empty() : client.resumptionTicket();
    }

    Times times() {
        return times;
    }

    /** Types the address at {@code at}. */
    void navigate(long at) {
        laptop.network().simulation().at(at, () -> {
            times.typedAt = now();
            stub.lookup(new DnsMessage.Question(JourneyZones.SITE, RecordType.A), result -> {
                times.dnsSource = result.source();
                times.dnsStart = result.startedAt();
                times.dnsEnd = result.answeredAt();
                InetAddress address = ((Rdata.Address) result.records().get(0).data()).address();
                if (http3) {
                    QuicVisit.load(laptop, address, site, secrets, times);
                } else {
                    connect(address);
                }
            });
        });
    }

    private void connect(InetAddress address) {
        TcpStack stack = TcpStack.of(laptop);
        TcpSocket tcp = stack.open(stack.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        TlsSocket socket = tls(tcp).onEvent(e -> {
            if (e.kind() == TlsEvent.Kind.SENT && e.name().equals(org.wirewise.model.tls.HandshakeType.CLIENT_HELLO.rfcName())) {
                times.connectEnd = now(); // the SYN-ACK has just arrived: the ClientHello leaves with its ACK
                times.tlsStart = now();
            } else if (e.kind() == TlsEvent.Kind.CONNECTED) {
                times.tlsEnd = now();
            }
        });
        H2Transport h2 = H2Transport.tls(socket);
        H2Client http = new H2Client(new H2Transport.Over(bytes -> {
            // TLS puts the bytes in a record after whatever TCP has not sent yet: that is where the record starts
            times.writes.add(new long[] {now(), tcp.endpoint().sndNxt() + tcp.endpoint().unsentBytes()});
            h2.write(bytes);
        }, h2::onReady, h2::onData, h2::close), Settings.BROWSER, this::now);
        times.localPort = tcp.localPort();
        fetch(http, List.of("/"), times.typedAt, html -> fetch(http, ShopPages.SUB_RESOURCES, now(),
                assets -> times.doneAt = now()));
        times.connectStart = now();
        tcp.connect(address, JourneyNetwork.HTTPS);
    }

    /** The TLS client the scenario asks for, on {@code tcp}; every version offers h2 with ALPN. */
    private TlsSocket tls(TcpSocket tcp) {
        SeededSecureRandom random = new SeededSecureRandom(laptop.network().stream("tls laptop"));
        if (tls.equals("1.2")) {
            return TlsSocket.client(tcp, new Tls12Client(JourneyZones.SITE, site.clientCheck(), random)
                    .withAlpn(List.of(H2Transport.ALPN_H2)), secrets);
        }
        client = new TlsClient(JourneyZones.SITE, site.clientCheck(), random).withAlpn(List.of(H2Transport.ALPN_H2));
        if (ticket != null) {
            client.resume(ticket, REVISIT_AFTER_MILLIS, new byte[0]); // no early data: the GET waits for the handshake
        }
        return TlsSocket.client(tcp, client, secrets);
    }

    private void fetch(H2Client http, List<String> paths, long queuedAt, Consumer<List<H2Client.Completion>> then) {
        List<List<HeaderField>> requests = paths.stream().map(p -> List.of(new HeaderField(":method", "GET"),
                new HeaderField(":scheme", "https"), new HeaderField(":authority", JourneyZones.SITE),
                new HeaderField(":path", p), new HeaderField("user-agent", "Mozilla/5.0 (X11; Linux x86_64)"),
                new HeaderField("accept", p.equals("/") ? "text/html" : "*/*"))).toList();
        paths.forEach(p -> {
            times.targets.add(p);
            times.queuedAt.add(queuedAt);
        });
        http.fetch(requests, done -> {
            times.completions.addAll(done);
            then.accept(done);
        });
    }

    private long now() {
        return laptop.network().now();
    }
}
