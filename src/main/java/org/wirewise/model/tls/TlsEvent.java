package org.wirewise.model.tls;

/**
 * Something one endpoint did, in order: a message sent or received, a secret derived, a key put
 * in use, an alert, the handshake's end. {@code name} is the RFC's name of the thing (a message
 * type, a secret's key log label, an alert description); {@code protection} names the traffic
 * secret whose keys protect a record ("none" before ServerHello). Lessons turn these into
 * sentences; the model keeps no prose.
 */
public record TlsEvent(Kind kind, String name, String protection) {

    public enum Kind {
        /** A handshake message went out; name = its type. */
        SENT,
        /** A handshake message came in and was accepted; name = its type. */
        RECEIVED,
        /** A secret of the key schedule was derived; name = its key log label. */
        DERIVED,
        /** Records from here on are written with new keys; protection = the secret they come from. */
        WRITE_KEYS,
        /** Records from here on are read with new keys. */
        READ_KEYS,
        /** Both Finished checked: application data may flow. */
        CONNECTED,
        /** Application data went out in a record. */
        DATA_SENT,
        /** Application data came in. */
        DATA_RECEIVED,
        /** This side sent an alert; name = its description. */
        ALERT_SENT,
        /** The peer's alert came in. */
        ALERT_RECEIVED
    }

    public static TlsEvent of(Kind kind, String name) {
        return new TlsEvent(kind, name, "");
    }
}
