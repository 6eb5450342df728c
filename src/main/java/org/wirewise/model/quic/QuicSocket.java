package org.wirewise.model.quic;

import java.net.InetAddress;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.UdpSocket;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.trace.SessionSecret;

/**
 * A {@link QuicConnection} on a simulated network: its datagrams go out of a {@link UdpSocket},
 * what arrives is fed in, and its timer is a simulation event (only the latest one armed acts).
 * Secrets go to a sink (the trace's key log) as TLS derives them.
 */
public final class QuicSocket {

    private final Simulation sim;
    private final QuicConnection connection;
    private UdpSocket socket;
    private HostNode host;
    private Consumer<SessionSecret> secrets = s -> { };
    private BiConsumer<QuicConnection.Datagram, Packet> sent = (d, p) -> { };
    private Consumer<QuicConnection.Datagram> sending = d -> { };
    private Runnable established = () -> { };
    private Runnable early = () -> { };
    private boolean batching;
    private int secretsSeen;
    private long generation;
    private boolean announced;

    QuicSocket(Simulation sim, QuicConnection connection, UdpSocket socket) {
        this.sim = sim;
        this.connection = connection;
        this.socket = socket;
    }

    /** A client on {@code host}, bound to {@code localPort}, for the server at {@code server}:{@code port}; {@link #connect} starts it. */
    public static QuicSocket client(Simulation sim, HostNode host, int localPort, InetAddress server, int port, TlsClient tls, String alpn) {
        return client(sim, host, localPort, server, port, tls, alpn, "quic-client");
    }

    /** As above, its connection IDs drawn from the simulation's stream {@code purpose} (a second connection needs its own). */
    public static QuicSocket client(Simulation sim, HostNode host, int localPort, InetAddress server, int port, TlsClient tls, String alpn,
                                    String purpose) {
        QuicConnection c = QuicConnection.client(tls, alpn, sim.randomStream(purpose), new QuicConnection.Peer(server, port));
        QuicSocket s = new QuicSocket(sim, c, host.udp().bind(localPort));
        s.host = host;
        s.listen();
        return s;
    }

    private void listen() {
        socket.onReceive(r -> received(r.payload(), new QuicConnection.Peer(r.source(), r.sourcePort())));
    }

    /** The simulation's time now. */
    public long now() {
        return sim.now();
    }

    public QuicConnection connection() {
        return connection;
    }

    public QuicSocket onSecret(Consumer<SessionSecret> sink) {
        this.secrets = sink;
        return this;
    }

    /** Sees each datagram as it leaves, with the network's packet carrying it. */
    public QuicSocket onSent(BiConsumer<QuicConnection.Datagram, Packet> tap) {
        this.sent = tap;
        return this;
    }

    /** Sees each datagram just before it goes (a lesson that drops one decides here, then marks it in the network's send tap). */
    public QuicSocket onSending(Consumer<QuicConnection.Datagram> tap) {
        this.sending = tap;
        return this;
    }

    /** Runs once, when this end's handshake completes. */
    public QuicSocket onEstablished(Runnable action) {
        this.established = action;
        return this;
    }

    /** Runs at {@link #connect} when the connection resumes with 0-RTT: what it sends then rides with the first Initial. */
    public QuicSocket onZeroRtt(Runnable action) {
        this.early = action;
        return this;
    }

    /** Starts the handshake; a resuming client's 0-RTT data is queued first, so the first datagram carries it (RFC 9001 §4.6.1). */
    public void connect() {
        connection.start(sim.now());
        if (connection.sendsZeroRtt()) {
            batching = true;
            early.run();
            batching = false;
        }
        flush();
    }

    /** Queues bytes on a stream and sends what may go now. */
    public void send(long streamId, byte[] data, boolean fin) {
        connection.send(streamId, data, fin);
        if (!batching) {
            flush();
        }
    }

    /**
     * The client's address changed (the host now routes out of another interface): a new local
     * port too, as a phone's new network gives a new 4-tuple, then the connection migrates (RFC 9000 §9.2).
     */
    public void migrate(int newLocalPort) {
        socket.close();
        socket = host.udp().bind(newLocalPort);
        listen();
        connection.migrate(sim.now());
        flush();
    }

    void received(byte[] datagram, QuicConnection.Peer from) {
        connection.receive(datagram, from, sim.now());
        flush();
    }

    /** Sends what the connection has, hands on new secrets, and arms the timer. */
    public void flush() {
        long now = sim.now();
        for (QuicConnection.Datagram d : connection.poll(now)) {
            sending.accept(d);
            socket.sendTo(d.to().address(), d.to().port(), d.bytes()).ifPresent(p -> sent.accept(d, p));
        }
        List<SessionSecret> all = connection.secrets();
        all.subList(secretsSeen, all.size()).forEach(secrets);
        secretsSeen = all.size();
        if (!announced && connection.handshakeComplete()) {
            announced = true;
            established.run();
        }
        long at = connection.nextTimeout();
        long armed = ++generation;
        if (at != Long.MAX_VALUE) {
            sim.at(Math.max(at, now), () -> {
                if (armed == generation) {
                    connection.onTimeout(sim.now());
                    flush();
                }
            });
        }
    }
}
