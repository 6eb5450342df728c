package org.wirewise.model.transport;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Transport;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.Ipv6Packet;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.MalformedPacketException;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;

/**
 * TCP on a host of the network: sockets backed by {@link TcpEndpoint}, demultiplexed by
 * (local port, remote address, remote port), then by a socket bound to the port alone (a
 * listener). A segment no socket takes is answered with a reset, RFC 9293 §3.10.7.1.
 * Initial sequence numbers, timestamp offsets and ephemeral ports come from the network's seeded
 * streams, in the order sockets are opened.
 */
public final class TcpStack implements Transport {

    /** Linux's net.ipv4.ip_local_port_range default, 32768–60999. */
    public static final int EPHEMERAL_FIRST = 32768;
    public static final int EPHEMERAL_LAST = 60999;

    /** Sees each segment a socket of this host takes, after its endpoint has processed it. */
    public interface ArrivalListener {
        void arrived(TcpSocket socket, TcpSegment segment, TcpState before);
    }

    /** A passive open that forks a socket per connection, as listen() and accept() do. */
    public record Listener(int port, TcpConfig config, TcpTuning tuning, java.util.function.Consumer<TcpSocket> accept) {
    }

    private final HostNode host;
    private final List<TcpSocket> sockets = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();
    private final java.util.Set<TcpSocket> pendingAccept = new java.util.HashSet<>();
    private ArrivalListener arrivals = (s, seg, before) -> { };

    private TcpStack(HostNode host) {
        this.host = host;
    }

    /** TCP for {@code host}, registered as its protocol 6. */
    public static TcpStack on(HostNode host) {
        TcpStack stack = new TcpStack(host);
        host.register(IpProtocol.TCP, stack);
        return stack;
    }

    /** The host's TCP: the one registered on it, or a new one registered now. */
    public static TcpStack of(HostNode host) {
        return host.transport(IpProtocol.TCP) instanceof TcpStack existing ? existing : on(host);
    }

    public HostNode host() {
        return host;
    }

    public void onArrival(ArrivalListener listener) {
        this.arrivals = listener;
    }

    /** An ephemeral port, as Linux draws one for a connect() without bind(). */
    public int ephemeralPort() {
        return EPHEMERAL_FIRST + host.network().stream("ephemeral-port").nextInt(EPHEMERAL_LAST - EPHEMERAL_FIRST + 1);
    }

    /** A socket on {@code localPort}, CLOSED until it listens or connects. */
    public TcpSocket open(int localPort, TcpConfig config, TcpTuning tuning) {
        return open(localPort, config, tuning, TcpTimers.on(host.network().simulation()));
    }

    /** As {@link #open(int, TcpConfig, TcpTuning)} with timers of the caller's choosing. */
    public TcpSocket open(int localPort, TcpConfig config, TcpTuning tuning, TcpTimers timers) {
        Network net = host.network();
        long iss = net.stream("isn").nextLong() & 0xFFFF_FFFFL;
        long tsOffset = net.stream("timestamp-offset").nextInt() & 0xFFFF_FFFFL;
        TcpSocket socket = new TcpSocket(this, localPort);
        socket.attach(new TcpEndpoint(config, tuning, localPort, iss, tsOffset, net::now, timers,
                socket::transmit));
        sockets.add(socket);
        return socket;
    }

    /** The TCP segment a frame carries, read from its bytes as a capture would (IPv4 or IPv6, no extension headers). */
    public static TcpSegment segmentIn(Packet packet) {
        TcpSegment sent = packet.annotation(TcpSegment.class);
        if (sent != null) {
            return sent; // the segment its sender encoded: the same as decoding the bytes, for less
        }
        EthernetFrame eth = EthernetFrame.decode(packet.frame());
        byte[] ip = eth.payload();
        byte[] tcp = eth.etherType() == EtherType.IPV4 ? Ipv4Packet.decode(ip, 0, ip.length).payload()
                : Ipv6Packet.decode(ip, 0, ip.length).payload();
        return TcpSegment.decode(tcp, 0, tcp.length);
    }

    /**
     * listen() on {@code port}: each SYN that matches no connection gets a socket of its own (its
     * own initial sequence number), and {@code accept} is handed that socket once its handshake
     * completes, as accept() returns it (RFC 9293 §3.10.1, §3.10.7.2).
     */
    public Listener listen(int port, TcpConfig config, TcpTuning tuning, java.util.function.Consumer<TcpSocket> accept) {
        if (listeners.stream().anyMatch(l -> l.port() == port)) {
            throw new IllegalStateException(host.name() + ": port " + port + " already has a listener");
        }
        Listener l = new Listener(port, config, tuning, accept);
        listeners.add(l);
        return l;
    }

    public List<TcpSocket> sockets() {
        return List.copyOf(sockets);
    }

    void send(InetAddress source, InetAddress destination, TcpSegment segment) {
        host.sendIp(source, destination, IpProtocol.TCP, segment.encode(source, destination), segment);
    }

    @Override
    public boolean receive(Arrival arrival) {
        TcpSegment seg;
        try {
            seg = arrival.decode(TcpSegment::decode);
        } catch (MalformedPacketException e) {
            return true; // dropped, as a stack drops a segment it cannot parse
        }
        TcpSocket socket = find(seg, arrival.source());
        if (socket == null) {
            socket = fork(seg);
        }
        if (socket == null) {
            reset(arrival, seg);
            return true;
        }
        TcpState before = socket.endpoint().state();
        socket.receive(arrival.source(), arrival.destination(), seg);
        if (pendingAccept.contains(socket) && socket.endpoint().state() == TcpState.ESTABLISHED) {
            pendingAccept.remove(socket);
            listenerOf(socket.localPort()).accept().accept(socket);
        }
        arrivals.arrived(socket, seg, before);
        return true;
    }

    /** A new connection's socket for a SYN to a listening port, or null. */
    private TcpSocket fork(TcpSegment seg) {
        if (!seg.has(TcpFlags.SYN) || seg.has(TcpFlags.ACK) || seg.has(TcpFlags.RST)) {
            return null;
        }
        Listener l = listenerOf(seg.destinationPort());
        if (l == null) {
            return null;
        }
        TcpSocket child = open(l.port(), l.config(), l.tuning());
        child.listen();
        pendingAccept.add(child);
        return child;
    }

    private Listener listenerOf(int port) {
        return listeners.stream().filter(l -> l.port() == port).findFirst().orElse(null);
    }

    private TcpSocket find(TcpSegment seg, InetAddress source) {
        TcpSocket bound = null;
        for (TcpSocket s : sockets) {
            if (s.localPort() != seg.destinationPort()) {
                continue;
            }
            if (source.equals(s.remoteAddress()) && s.endpoint().remotePort() == seg.sourcePort()) {
                return s;
            }
            if (bound == null && s.remoteAddress() == null) {
                bound = s;
            }
        }
        return bound;
    }

    /** RFC 9293 §3.10.7.1: no socket, so a reset that the sender will accept; never for a reset. */
    private void reset(Arrival arrival, TcpSegment seg) {
        if (seg.has(TcpFlags.RST)) {
            return;
        }
        long len = seg.payloadLength() + (seg.has(TcpFlags.SYN) ? 1 : 0) + (seg.has(TcpFlags.FIN) ? 1 : 0);
        TcpSegment rst = seg.has(TcpFlags.ACK)
                ? new TcpSegment(seg.destinationPort(), seg.sourcePort(), seg.acknowledgmentNumber(), 0, TcpFlags.RST,
                        0, 0, List.of(), new byte[0])
                : new TcpSegment(seg.destinationPort(), seg.sourcePort(), 0,
                        SequenceNumbers.add(seg.sequenceNumber(), len), TcpFlags.RST | TcpFlags.ACK, 0, 0, List.of(),
                        new byte[0]);
        send(arrival.destination(), arrival.source(), rst);
    }
}
