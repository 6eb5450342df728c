package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.trace.SessionSecret;

/**
 * Reads one direction's TLS bytes as they cross the wire, segment by segment, as Wireshark does
 * with the key log: reassembles records, opens protected ones with the traffic secret in force
 * (handshake keys until that side's Finished, application keys after), and says for each record
 * what the wire shows and what is inside.
 */
public final class WireRecords {

    /**
     * One record, in the segment where it completed.
     *
     * @param outer      the content type on the wire (application_data for every protected record)
     * @param length     the record's length field
     * @param protection the key log label of the secret protecting it, or "none"
     * @param inner      the real content type
     * @param messages   the handshake messages inside, in order (empty for data and alerts)
     * @param plaintext  the content, unprotected
     */
    public record Seen(ContentType outer, int length, String protection, ContentType inner, List<HandshakeType> messages,
                       byte[] plaintext) {
        public Seen {
            messages = List.copyOf(messages);
            plaintext = plaintext.clone();
        }

        @Override
        public byte[] plaintext() {
            return plaintext.clone();
        }

        public boolean encrypted() {
            return !protection.equals("none");
        }
    }

    /** The protection of a record no secret in the key log opens. */
    public static final String UNREADABLE = "a key not in the log";

    private final RecordReader reader = new RecordReader();
    private final HandshakeReader handshake = new HandshakeReader();
    private final List<SessionSecret> secrets;
    private final String handshakeLabel;
    private final String applicationLabel;
    private RecordProtection keys;
    private TrafficKeys currentKeys;
    private String protection = "none";

    /** The client-to-server direction, opened with the client's secrets from {@code keyLog}. */
    public static WireRecords fromClient(List<SessionSecret> keyLog) {
        return new WireRecords(keyLog, TlsEndpoint.CLIENT_HS, TlsEndpoint.CLIENT_AP);
    }

    /** The server-to-client direction. */
    public static WireRecords fromServer(List<SessionSecret> keyLog) {
        return new WireRecords(keyLog, TlsEndpoint.SERVER_HS, TlsEndpoint.SERVER_AP);
    }

    private WireRecords(List<SessionSecret> secrets, String handshakeLabel, String applicationLabel) {
        this.secrets = List.copyOf(secrets);
        this.handshakeLabel = handshakeLabel;
        this.applicationLabel = applicationLabel;
    }

    /** The records that complete in this segment's payload. */
    public List<Seen> add(byte[] payload) {
        List<Seen> seen = new ArrayList<>();
        for (byte[] raw : reader.add(payload)) {
            ContentType outer = ContentType.of(raw[0] & 0xFF);
            int length = raw.length - TlsRecord.HEADER_LENGTH;
            if (keys != null && outer == ContentType.APPLICATION_DATA && !opens(raw)) {
                if (protection.equals(TlsEndpoint.CLIENT_EARLY)) {
                    use(handshakeLabel); // the server declined the early data: the client went on under its handshake keys
                }
                if (!opens(raw)) { // early data the log has no key for, skipped as the server skipped it (§4.2.10)
                    seen.add(new Seen(outer, length, UNREADABLE, outer, List.of(), new byte[0]));
                    continue;
                }
            }
            TlsRecord r = keys == null || outer != ContentType.APPLICATION_DATA
                    ? new TlsRecord(outer, java.util.Arrays.copyOfRange(raw, TlsRecord.HEADER_LENGTH, raw.length))
                    : keys.open(raw);
            String by = keys == null || outer != ContentType.APPLICATION_DATA ? "none" : protection;
            List<HandshakeType> types = new ArrayList<>();
            if (r.type() == ContentType.HANDSHAKE) {
                for (HandshakeMessage m : handshake.add(r.fragment())) {
                    types.add(m.type());
                    after(m.type());
                }
            }
            seen.add(new Seen(outer, length, by, r.type(), types, r.fragment()));
        }
        return seen;
    }

    /** Whether {@code raw} opens under the keys in force, without consuming their sequence number. */
    private boolean opens(byte[] raw) {
        try {
            new RecordProtection(currentKeys, keys.sequence()).open(raw);
            return true;
        } catch (TlsAlertException e) {
            return false;
        }
    }

    /**
     * Keys change after ClientHello (early keys if the key log has them for 0-RTT, else handshake
     * keys), after ServerHello and EndOfEarlyData (handshake keys) and after this side's Finished
     * (application keys).
     */
    private void after(HandshakeType type) {
        if (type == HandshakeType.CLIENT_HELLO && secrets.stream().anyMatch(x -> x.label().equals(TlsEndpoint.CLIENT_EARLY))) {
            use(TlsEndpoint.CLIENT_EARLY);
        } else if (type == HandshakeType.SERVER_HELLO || type == HandshakeType.CLIENT_HELLO || type == HandshakeType.END_OF_EARLY_DATA) {
            use(handshakeLabel);
        } else if (type == HandshakeType.FINISHED) {
            use(applicationLabel);
        }
    }

    private void use(String label) {
        secrets.stream().filter(s -> s.label().equals(label)).findFirst().ifPresent(s -> {
            currentKeys = TrafficKeys.from(s.secret());
            keys = new RecordProtection(currentKeys);
            protection = label;
        });
    }
}
