package org.wirewise.model.tls;

/** One KeyShareEntry: a named group and its public key_exchange bytes (RFC 8446 §4.2.8). */
public record KeyShare(int group, byte[] keyExchange) {

    /** x25519's NamedGroup code (§4.2.7). */
    public static final int X25519 = 0x001d;

    public KeyShare {
        keyExchange = keyExchange.clone();
    }

    @Override
    public byte[] keyExchange() {
        return keyExchange.clone();
    }

    void write(TlsWriter w) {
        w.u16(group).vector16(keyExchange);
    }

    static KeyShare read(TlsReader r) {
        return new KeyShare(r.u16(), r.vector16());
    }
}
