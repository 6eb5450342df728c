package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.Optional;
import java.util.function.Consumer;

/** A UDP socket: send a datagram to an address and port, hear what arrives on this port. */
public final class UdpSocket {

    /** A datagram that arrived: who sent it and its payload. */
    public record Received(InetAddress source, int sourcePort, byte[] payload, Packet packet) {
        public Received {
            payload = payload.clone();
        }

        @Override
        public byte[] payload() {
            return payload.clone();
        }
    }

    private final UdpLayer layer;
    private final int port;
    private Consumer<Received> handler = r -> { };

    UdpSocket(UdpLayer layer, int port) {
        this.layer = layer;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public void onReceive(Consumer<Received> handler) {
        this.handler = handler;
    }

    /** Sends now; empty when the host has no route to {@code destination}. */
    public Optional<Packet> sendTo(InetAddress destination, int destinationPort, byte[] payload) {
        return layer.send(port, destination, destinationPort, payload);
    }

    public void close() {
        layer.close(this);
    }

    void deliver(Received r) {
        handler.accept(r);
    }
}
