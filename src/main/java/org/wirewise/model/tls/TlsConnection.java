package org.wirewise.model.tls;

import java.util.List;
import java.util.Optional;
import org.wirewise.model.trace.SessionSecret;

/**
 * One side of a TLS connection as a transport sees it, whatever the version: bytes in, bytes
 * out, application data, the events and the key log lines. {@link TlsEndpoint} is TLS 1.3,
 * {@link Tls12Endpoint} TLS 1.2; {@link TlsSocket} runs either over TCP.
 */
public interface TlsConnection {

    /** Bytes from the transport. */
    void receive(byte[] bytes);

    /** The bytes to hand to the transport now. */
    byte[] takeOutgoing();

    /** Application data received and not yet taken. */
    byte[] takeReceived();

    /** Sends application data once the handshake is done. */
    void send(byte[] data);

    /** close_notify. */
    void close();

    /** Every secret so far as NSS key log lines. */
    List<SessionSecret> secrets();

    /** What this side did, in order. */
    List<TlsEvent> events();

    /** Whether the handshake is complete and the connection neither closed nor failed. */
    boolean established();

    /** The alert that ended the connection, if it failed. */
    Optional<AlertDescription> failure();
}
