package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wirewise.model.trace.SessionSecret;

/**
 * Reads both directions of a TLS 1.2 connection as they cross the wire, as Wireshark does with a
 * CLIENT_RANDOM key log line: the randoms come from the hellos, the key block from the master
 * secret the log gives for that client random (RFC 5246 §6.3), and each direction's records are
 * opened from its ChangeCipherSpec on. Segments must be added in the order they crossed.
 */
public final class Tls12WireRecords {

    private final List<SessionSecret> keyLog;
    private byte[] clientRandom;
    private byte[] serverRandom;
    private final Direction up = new Direction(true);
    private final Direction down = new Direction(false);

    public Tls12WireRecords(List<SessionSecret> keyLog) {
        this.keyLog = List.copyOf(keyLog);
    }

    /** The records that complete in this client-to-server segment's payload. */
    public List<WireRecords.Seen> fromClient(byte[] payload) {
        return up.add(payload);
    }

    /** The records that complete in this server-to-client segment's payload. */
    public List<WireRecords.Seen> fromServer(byte[] payload) {
        return down.add(payload);
    }

    private final class Direction {
        private final boolean client;
        private final RecordReader reader = new RecordReader();
        private final HandshakeReader handshake = new HandshakeReader();
        private Tls12RecordProtection keys;
        private String protection = "none";

        Direction(boolean client) {
            this.client = client;
        }

        List<WireRecords.Seen> add(byte[] payload) {
            List<WireRecords.Seen> seen = new ArrayList<>();
            for (byte[] raw : reader.add(payload)) {
                ContentType outer = ContentType.of(raw[0] & 0xFF);
                int length = raw.length - TlsRecord.HEADER_LENGTH;
                TlsRecord r;
                if (keys == null) {
                    r = new TlsRecord(outer, Arrays.copyOfRange(raw, TlsRecord.HEADER_LENGTH, raw.length));
                } else {
                    try {
                        r = keys.open(raw);
                    } catch (TlsAlertException e) { // a changed record no key opens, as the receiver finds too
                        seen.add(new WireRecords.Seen(outer, length, WireRecords.UNREADABLE, outer, List.of(), new byte[0]));
                        continue;
                    }
                }
                List<HandshakeType> types = new ArrayList<>();
                if (r.type() == ContentType.HANDSHAKE) {
                    for (HandshakeMessage m : handshake.add(r.fragment())) {
                        types.add(m.type());
                        learn(m);
                    }
                }
                seen.add(new WireRecords.Seen(outer, length, keys == null ? "none" : protection, r.type(), types, r.fragment()));
                if (outer == ContentType.CHANGE_CIPHER_SPEC) {
                    changeKeys();
                }
            }
            return seen;
        }

        private void learn(HandshakeMessage m) {
            if (m.type() == HandshakeType.CLIENT_HELLO) {
                clientRandom = ClientHello.decode(m).random();
            } else if (m.type() == HandshakeType.SERVER_HELLO) {
                serverRandom = ServerHello.decode(m).random();
            }
        }

        /** After this direction's ChangeCipherSpec its records are protected; the log may not have the key. */
        private void changeKeys() {
            protection = WireRecords.UNREADABLE;
            keys = new Tls12RecordProtection(new byte[Tls12Keys.KEY_LENGTH], new byte[Tls12Keys.SALT_LENGTH]);
            if (clientRandom == null || serverRandom == null) {
                return;
            }
            keyLog.stream().filter(s -> s.label().equals(Tls12Endpoint.MASTER_SECRET) && Arrays.equals(s.clientRandom(), clientRandom))
                    .findFirst().ifPresent(s -> {
                        keys = Tls12Keys.from(s.secret(), clientRandom, serverRandom).direction(client);
                        protection = client ? Tls12Endpoint.CLIENT_WRITE : Tls12Endpoint.SERVER_WRITE;
                    });
        }
    }
}
