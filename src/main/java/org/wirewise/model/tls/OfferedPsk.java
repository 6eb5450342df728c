package org.wirewise.model.tls;

import java.util.Arrays;

/**
 * The client's pre_shared_key extension with one identity (RFC 8446 §4.2.11): the ticket, its
 * obfuscated age, and the binder that proves the client holds the PSK. The binder is an HMAC
 * over the ClientHello cut just before the binders list, so it is computed on a draft hello.
 */
public record OfferedPsk(byte[] identity, long obfuscatedTicketAge, byte[] binder) {

    public OfferedPsk {
        if (identity.length == 0 || binder.length < 32) {
            throw new IllegalArgumentException("an identity of at least 1 byte and a binder of at least 32 (§4.2.11)");
        }
        identity = identity.clone();
        binder = binder.clone();
    }

    @Override
    public byte[] identity() {
        return identity.clone();
    }

    @Override
    public byte[] binder() {
        return binder.clone();
    }

    /** obfuscated_ticket_age = (age in ms + ticket_age_add) mod 2^32 (§4.2.11.1). */
    public static long obfuscate(long ageMillis, long ageAdd) {
        return (ageMillis + ageAdd) & 0xFFFF_FFFFL;
    }

    public Extension extension() {
        TlsWriter w = new TlsWriter().vector16(ids -> ids.vector16(identity).u32(obfuscatedTicketAge));
        w.vector16(bs -> bs.vector8(binder));
        return new Extension(Extension.PRE_SHARED_KEY, w.toByteArray());
    }

    /** The bytes of the binders list with its length: what the truncated ClientHello leaves out. */
    public int bindersLength() {
        return 2 + 1 + binder.length;
    }

    /** The first identity of a client's pre_shared_key (a client of this implementation offers one). */
    public static OfferedPsk decode(Extension e) {
        TlsReader r = new TlsReader(e.data());
        TlsReader ids = r.sub16();
        byte[] identity = ids.vector16();
        long age = ids.u32();
        TlsReader binders = r.sub16();
        byte[] binder = binders.vector8();
        if (identity.length == 0 || binder.length < 32) {
            throw new TlsAlertException(AlertDescription.DECODE_ERROR, "pre_shared_key with an empty identity or a short binder");
        }
        return new OfferedPsk(identity, age, binder);
    }

    /** The ClientHello message without its binders list: what the binder's HMAC covers (§4.2.11.2). */
    public byte[] truncate(byte[] clientHelloMessage) {
        return Arrays.copyOf(clientHelloMessage, clientHelloMessage.length - bindersLength());
    }

    /** binder = HMAC(finished_key(binder_key), Transcript-Hash(truncated ClientHello)) (§4.2.11.2). */
    public static byte[] binderFor(byte[] psk, byte[] truncatedClientHello) {
        return KeySchedule.finishedVerifyData(new KeySchedule(psk).binderKey(), Hkdf.sha256(truncatedClientHello));
    }
}
