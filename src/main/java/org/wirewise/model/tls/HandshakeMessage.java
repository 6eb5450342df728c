package org.wirewise.model.tls;

/** One handshake message: its type and body; on the wire with a 1-byte type and 3-byte length (RFC 8446 §4). */
public record HandshakeMessage(HandshakeType type, byte[] body) {

    public HandshakeMessage {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The message as the transcript hash and the records carry it. */
    public byte[] encode() {
        return new TlsWriter().u8(type.code()).vector24(body).toByteArray();
    }

    /** A reader over the body, for the message decoders. */
    TlsReader reader() {
        return new TlsReader(body);
    }

    /** Fails with unexpected_message unless this message is a {@code wanted} (§4: the order is fixed). */
    HandshakeMessage expect(HandshakeType wanted) {
        if (type != wanted) {
            throw new TlsAlertException(AlertDescription.UNEXPECTED_MESSAGE, "expected " + wanted.rfcName() + ", got " + type.rfcName());
        }
        return this;
    }
}
