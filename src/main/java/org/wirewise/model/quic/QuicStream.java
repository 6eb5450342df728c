package org.wirewise.model.quic;

/**
 * One stream (RFC 9000 §2): its id says who opened it and whether it is bidirectional (§2.1);
 * each direction has its own buffer and flow control limit, so its losses are its own.
 */
final class QuicStream {

    final long id;
    final SendBuffer out = new SendBuffer();
    final ReceiveBuffer in = new ReceiveBuffer();
    long peerMaxData;
    long localMaxData;
    boolean readFinished;
    /** This end reset its sending side (RESET_STREAM sent) or the peer reset its own (RESET_STREAM received). */
    boolean sendReset;
    boolean receiveReset;

    QuicStream(long id, long peerMaxData, long localMaxData) {
        this.id = id;
        this.peerMaxData = peerMaxData;
        this.localMaxData = localMaxData;
    }

    /** Stream ids: bit 0 is the initiator (0 client, 1 server), bit 1 unidirectional (§2.1). */
    static boolean clientInitiated(long id) {
        return (id & 1) == 0;
    }

    static boolean unidirectional(long id) {
        return (id & 2) != 0;
    }
}
