package org.wirewise.model.journey;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * The laptop's browser loading https://shop.example.com/: a lookup through its stub resolver, then
 * over HTTP/2 one TCP connection with TLS (1.3, 1.2, or 1.3 resuming an earlier visit's ticket) and
 * ALPN h2, GET /, then the page's three sub-resources at once on the same connection; over HTTP/1.1
 * ({@link Http1Browsing}) a pool of up to six such connections, one request at a time on each. It
 * notes the moment each part began and ended, from the sockets' own callbacks, which are the moments
 * the packets leave and arrive.
 */
final class Browser {

    /** One connection's handshakes, in simulated nanoseconds (-1: not yet). */
    static final class Connection {
        final int localPort;
        long connectStart = -1;
        long connectEnd = -1;
        long tlsStart = -1;
        long tlsEnd = -1;

        Connection(int localPort) {
            this.localPort = localPort;
        }
    }

    /** One request: its target, when the page wanted it, when written, first and last byte read, its body's size, its connection. */
    record Fetch(String target, long queuedAt, long sentAt, long firstByteAt, long completeAt, long bodyOctets,
                 int localPort, boolean opened) {
    }

    /** When each part of the load happened, in simulated nanoseconds (-1: not yet). */
    static final class Times {
        long typedAt = -1;
        StubResolver.Source dnsSource;
        long dnsStart = -1;
        long dnsEnd = -1;
        /** In the order they were opened; the first carries the page's own request. */
        final List<Connection> connections = new ArrayList<>();
        /** In the order they completed within each batch (the page, then its sub-resources). */
        final List<Fetch> fetches = new ArrayList<>();
        long doneAt = -1;
        /** For each write an HTTP client made: when, the TCP sequence number its first byte will carry, the port. */
        final List<long[]> writes = new ArrayList<>();

        Connection first() {
            return connections.get(0);
        }

        Optional<Connection> connection(int localPort) {
            return connections.stream().filter(c -> c.localPort == localPort).findFirst();
        }

        /** Over HTTP/3: for each request stream, the frame that carried its first byte (first transmission). */
        final java.util.Map<Long, byte[]> streamFrames = new java.util.HashMap<>();
        /** Over HTTP/2 and HTTP/3: each target's request stream. */
        final java.util.Map<String, Long> streams = new java.util.HashMap<>();
        /** Whether the load went over HTTP/3 (QUIC): then the connection's setup is QUIC's one handshake. */
        boolean quic;
    }

    /** A resumed visit comes this long after the one that got the ticket (its age, RFC 8446 §4.2.11). */
    static final long REVISIT_AFTER_MILLIS = 60_000;

    private final HostNode laptop;
    private final StubResolver stub;
    private final LessonServer site;
    private final Consumer<SessionSecret> secrets;
    private final String tls;
    private final String http;
    private final List<ResumptionTicket> tickets;
    private final Times times = new Times();
    private final List<TlsClient> clients = new ArrayList<>();

    /**
     * @param tls     the scenario's "1.3", "1.2" or "resumed"
     * @param http    the scenario's "2", "1.1" or "3" (HTTP/3 over QUIC: see {@link QuicVisit})
     * @param tickets for "resumed": the tickets an earlier visit received, one offered as a PSK per connection
     */
    Browser(HostNode laptop, StubResolver stub, LessonServer site, Consumer<SessionSecret> secrets, String tls,
            String http, List<ResumptionTicket> tickets) {
        this.laptop = laptop;
        this.stub = stub;
        this.site = site;
        this.secrets = secrets;
        this.tls = tls;
        this.http = http;
        this.tickets = List.copyOf(tickets);
        times.quic = http.equals("3");
    }

    /** The tickets this visit's TLS 1.3 connections received, in the order they were opened, for a later visit. */
    List<ResumptionTicket> tickets() {
        return clients.stream().flatMap(c -> c.resumptionTicket().stream()).toList();
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
                if (http.equals("3")) {
                    QuicVisit.load(laptop, address, site, secrets, times);
                } else if (http.equals("1.1")) {
                    new Http1Browsing(this, address).start();
                } else {
                    connect(address);
                }
            });
        });
    }

    private void connect(InetAddress address) {
        TcpSocket tcp = open();
        Connection connection = times.connections.get(0);
        H2Transport h2 = H2Transport.tls(secure(tcp, connection, H2Transport.ALPN_H2));
        H2Client client = new H2Client(new H2Transport.Over(bytes -> {
            noteWrite(tcp);
            h2.write(bytes);
        }, h2::onReady, h2::onData, h2::close), Settings.BROWSER, this::now);
        fetch(client, List.of("/"), times.typedAt, html -> fetch(client, ShopPages.SUB_RESOURCES, now(),
                assets -> times.doneAt = now()));
        connection.connectStart = now();
        tcp.connect(address, JourneyNetwork.HTTPS);
    }

    /** A new TCP socket on the laptop, its connection noted. */
    TcpSocket open() {
        TcpStack stack = TcpStack.of(laptop);
        TcpSocket tcp = stack.open(stack.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        times.connections.add(new Connection(tcp.localPort()));
        return tcp;
    }

    /** Notes where the bytes an HTTP client writes now will start on {@code tcp}. */
    void noteWrite(TcpSocket tcp) {
        // TLS puts the bytes in a record after whatever TCP has not sent yet: that is where the record starts
        times.writes.add(new long[] {now(), tcp.endpoint().sndNxt() + tcp.endpoint().unsentBytes(), tcp.localPort()});
    }

    /**
     * The TLS client the scenario asks for on {@code tcp}, offering {@code alpn}, its handshake's moments
     * noted on {@code connection}.
     */
    TlsSocket secure(TcpSocket tcp, Connection connection, String alpn) {
        return tls(tcp, alpn).onEvent(e -> {
            if (e.kind() == TlsEvent.Kind.SENT && e.name().equals(org.wirewise.model.tls.HandshakeType.CLIENT_HELLO.rfcName())) {
                connection.connectEnd = now(); // the SYN-ACK has just arrived: the ClientHello leaves with its ACK
                connection.tlsStart = now();
            } else if (e.kind() == TlsEvent.Kind.CONNECTED) {
                connection.tlsEnd = now();
            }
        });
    }

    private TlsSocket tls(TcpSocket tcp, String alpn) {
        SeededSecureRandom random = new SeededSecureRandom(laptop.network().stream("tls laptop"));
        if (tls.equals("1.2")) {
            return TlsSocket.client(tcp, new Tls12Client(JourneyZones.SITE, site.clientCheck(), random)
                    .withAlpn(List.of(alpn)), secrets);
        }
        TlsClient client = new TlsClient(JourneyZones.SITE, site.clientCheck(), random).withAlpn(List.of(alpn));
        if (!tickets.isEmpty()) { // one ticket per connection, as RFC 8446 §C.4 asks; the last again if they run out
            client.resume(tickets.get(Math.min(clients.size(), tickets.size() - 1)), REVISIT_AFTER_MILLIS, new byte[0]);
        } // no early data: the GET waits for the handshake
        clients.add(client);
        return TlsSocket.client(tcp, client, secrets);
    }

    private void fetch(H2Client client, List<String> paths, long queuedAt, Consumer<List<H2Client.Completion>> then) {
        List<List<HeaderField>> requests = paths.stream().map(p -> List.of(new HeaderField(":method", "GET"),
                new HeaderField(":scheme", "https"), new HeaderField(":authority", JourneyZones.SITE),
                new HeaderField(":path", p), new HeaderField("user-agent", USER_AGENT),
                new HeaderField("accept", accept(p)))).toList();
        int port = times.connections.get(0).localPort;
        client.fetch(requests, done -> {
            for (H2Client.Completion c : done) {
                times.streams.put(paths.get(c.index()), (long) c.stream());
                times.fetches.add(new Fetch(paths.get(c.index()), queuedAt, c.sentAt(), c.headersAt(), c.completedAt(),
                        c.bodyOctets(), port, times.fetches.isEmpty()));
            }
            then.accept(done);
        });
    }

    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64)";

    static String accept(String path) {
        return path.equals("/") ? "text/html" : "*/*";
    }

    long now() {
        return laptop.network().now();
    }

    HostNode laptop() {
        return laptop;
    }
}
