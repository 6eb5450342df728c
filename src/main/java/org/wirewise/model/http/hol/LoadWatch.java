package org.wirewise.model.http.hol;

import org.wirewise.model.net.Packet;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.ClientServer;

/** What a lesson sees of one load as it runs, to record its packets; the comparison alone watches nothing. */
public interface LoadWatch {

    LoadWatch NONE = new LoadWatch() { };

    /** The load's network, before anything is sent on it. */
    default void network(ClientServer net) {
    }

    /** A QUIC datagram either end sent, with the network's packet carrying it (its frames are encrypted on the wire). */
    default void quicDatagram(QuicConnection.Datagram datagram, Packet packet) {
    }

    /** The server's packet the setup chose to lose, as it is sent. */
    default void chosenLoss(Packet packet) {
    }

    /** The packet that brought the lost bytes to the browser at last, as it arrives. */
    default void repair(Packet packet) {
    }

    /** A secret the browser's TLS derived, for a capture that decrypts. */
    default void secret(SessionSecret secret) {
    }
}
