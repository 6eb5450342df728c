package org.wirewise.model.quic;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Packet;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.ClientServer;

/** A QUIC client and server on two hosts joined by one cable (20 ms RTT), with what each received per stream and when. */
final class QuicPair {

    final ClientServer net = new ClientServer(7, 20, 100, 1000);
    final Network network = net.network;
    final QuicSocket client;
    QuicSocket server;
    final List<SessionSecret> secrets = new ArrayList<>();
    final Map<Long, ByteArrayOutputStream> clientReceived = new TreeMap<>();
    final Map<Long, Long> clientFinished = new TreeMap<>();
    final Map<Long, ByteArrayOutputStream> serverReceived = new TreeMap<>();
    final List<QuicConnection.Datagram> clientSent = new ArrayList<>();
    final List<QuicConnection.Datagram> serverSent = new ArrayList<>();
    final Map<Packet, QuicConnection.Datagram> serverPackets = new java.util.HashMap<>();

    QuicPair() {
        LessonServer identity = LessonServer.of(7);
        QuicListener.on(network.simulation(), net.server, 443,
                () -> new TlsServer(identity.identity(), new SeededSecureRandom(new SplittableRandom(2))), "h3", s -> {
                    server = s;
                    s.onSent((d, p) -> {
                        serverSent.add(d);
                        serverPackets.put(p, d);
                    });
                    s.connection().onStreamData((id, data, fin) -> serverReceived.computeIfAbsent(id, k -> new ByteArrayOutputStream()).writeBytes(data));
                });
        TlsClient tls = new TlsClient("shop.example.com", identity.clientCheck(), new SeededSecureRandom(new SplittableRandom(1)));
        client = QuicSocket.client(network.simulation(), net.client, 50_000, net.server.address(), 443, tls, "h3");
        client.onSecret(secrets::add).onSent((d, p) -> clientSent.add(d));
        client.connection().onStreamData((id, data, fin) -> {
            clientReceived.computeIfAbsent(id, k -> new ByteArrayOutputStream()).writeBytes(data);
            if (fin) {
                clientFinished.put(id, network.now());
            }
        });
    }

    /** Runs the network until {@code until} nanoseconds. */
    void runUntil(long until) {
        network.simulation().runUntil(until);
    }
}
