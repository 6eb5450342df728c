package org.wirewise.model.nat;

import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.net.UdpSocket;

/**
 * A STUN server (RFC 5389) that is also a TURN server (RFC 8656) with one allocation: it answers
 * Binding requests with the source it saw, grants one Allocate, wraps what reaches the relayed
 * port in Data indications for its client and unwraps the client's Send indications. Permissions
 * and credentials are left out, as the lesson says.
 */
final class TurnServer extends Process {

    static final int LIFETIME_SECONDS = 600;

    private final Endpoint relayed;
    private final RandomGenerator transactions;
    private final Consumer<Packet> unwrapped;
    private UdpSocket stun;
    private UdpSocket relay;
    /** The allocation's client: the reflexive address its Allocate came from. */
    private Endpoint client;

    /** {@code unwrapped} hears of each Send indication the server unwraps (the packet it came in). */
    TurnServer(HostNode host, Endpoint relayed, RandomGenerator transactions, Consumer<Packet> unwrapped) {
        super(host, "stun-turn");
        this.relayed = relayed;
        this.transactions = transactions;
        this.unwrapped = unwrapped;
    }

    @Override
    protected void onStart() {
        stun = udp(Stun.PORT);
        relay = udp(relayed.port());
        stun.onReceive(this::request);
        relay.onReceive(r -> {
            if (client != null) {
                byte[] id = new byte[12];
                transactions.nextBytes(id);
                send(stun, client, Stun.indication(Stun.DATA_INDICATION, id, from(r), r.payload()));
            }
        });
    }

    private void request(UdpSocket.Received r) {
        byte[] m = r.payload();
        Endpoint source = from(r);
        switch (Stun.type(m)) {
            case Stun.BINDING_REQUEST -> send(stun, source, Stun.bindingSuccess(Stun.transactionId(m), source));
            case Stun.ALLOCATE_REQUEST -> {
                client = source;
                send(stun, source, Stun.allocateSuccess(Stun.transactionId(m), relayed, source, LIFETIME_SECONDS));
            }
            case Stun.SEND_INDICATION -> {
                if (source.equals(client)) {
                    unwrapped.accept(r.packet());
                    send(relay, Stun.xorAddress(m, Stun.XOR_PEER_ADDRESS), Stun.attributeValue(m, Stun.DATA));
                }
            }
            default -> { } // anything else is not part of this lesson's exchange
        }
    }

    static Endpoint from(UdpSocket.Received r) {
        return new Endpoint((java.net.Inet4Address) r.source(), r.sourcePort());
    }

    static void send(UdpSocket socket, Endpoint to, byte[] payload) {
        socket.sendTo(to.address(), to.port(), payload);
    }
}
