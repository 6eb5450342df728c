package org.wirewise.model.dns;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * Asking a DNS server, as a stub or a resolver does: each query over UDP from a fresh random
 * source port with a random 16-bit ID (RFC 5452 §9.2: both guard against forged answers), the
 * answer accepted only from the server asked, on that port, with that ID; an answer with TC set is
 * asked again over TCP, length-prefixed (RFC 1035 §4.2.2, RFC 7766 §5).
 */
public final class DnsClient {

    /** A response and how it came. */
    public record Reply(DnsMessage message, boolean overTcp) {
    }

    static final TcpConfig TCP = new TcpConfig(1460, true, 7, true, true, TcpConfig.linuxInitialWindow(1460));
    /** Linux's ip_local_port_range. */
    private static final int PORT_FIRST = 32768;
    private static final int PORT_LAST = 60999;

    private final HostNode host;
    private final RandomGenerator ids;
    private final RandomGenerator ports;
    private final DnsObserver observer;
    /** 0: a random port per query; else every query from this port, as resolvers did before 2008. */
    private final int fixedPort;

    public DnsClient(HostNode host, DnsObserver observer) {
        this(host, observer, 0);
    }

    public DnsClient(HostNode host, DnsObserver observer, int fixedPort) {
        this.host = host;
        this.observer = observer;
        this.fixedPort = fixedPort;
        this.ids = host.network().stream("dns-id-" + host.name());
        this.ports = host.network().stream("dns-port-" + host.name());
    }

    /** A fresh random query ID. */
    public int nextId() {
        return ids.nextInt(0x10000);
    }

    /** Sends {@code query} to {@code server} port 53 over UDP; {@code then} gets the answer, over TCP if it was truncated. */
    public void ask(InetAddress server, DnsMessage query, Consumer<Reply> then) {
        UdpSocket socket = bindRandom();
        socket.onReceive(r -> {
            DnsMessage m;
            try {
                m = DnsReader.decode(r.payload());
            } catch (DnsFormatException e) {
                return; // not a DNS answer: ignored, as a resolver drops garbage
            }
            if (!r.source().equals(server) || r.sourcePort() != 53 || m.id() != query.id() || !m.response()) {
                return; // RFC 5452 §9.1: only the server asked, from port 53, with our ID
            }
            socket.close();
            if (m.truncated()) {
                askOverTcp(server, query, then);
            } else {
                then.accept(new Reply(m, false));
            }
            observer.received(host, m, false);
        });
        socket.sendTo(server, 53, DnsWire.encode(query));
    }

    /** The same query over a new TCP connection (RFC 7766 §5: retry over TCP after TC). */
    public void askOverTcp(InetAddress server, DnsMessage query, Consumer<Reply> then) {
        TcpStack tcp = TcpStack.of(host);
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), TCP, TcpTuning.DEFAULTS);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean[] done = new boolean[1];
        socket.onConnected(() -> socket.write(DnsWire.encodeForTcp(query))).onData(bytes -> {
            received.writeBytes(bytes);
            byte[] sofar = received.toByteArray();
            if (done[0] || sofar.length < 2 || sofar.length - 2 < ((sofar[0] & 0xFF) << 8 | sofar[1] & 0xFF)) {
                return;
            }
            done[0] = true;
            socket.close();
            DnsMessage m;
            try {
                m = DnsReader.decodeFromTcp(sofar);
            } catch (DnsFormatException e) {
                return; // a damaged answer over TCP is dropped; the lesson's servers never send one
            }
            then.accept(new Reply(m, true));
            observer.received(host, m, true);
        });
        socket.connect(server, 53);
    }

    private UdpSocket bindRandom() {
        if (fixedPort != 0) {
            return host.udp().bind(fixedPort);
        }
        while (true) {
            int port = PORT_FIRST + ports.nextInt(PORT_LAST - PORT_FIRST + 1);
            try {
                return host.udp().bind(port);
            } catch (IllegalStateException inUse) {
                // Linux picks another; so do we
            }
        }
    }
}
