package org.wirewise.model.tls;

import java.util.ArrayList;
import java.util.List;

/**
 * Certificate (RFC 8446 §4.4.2): a request context (empty from a server) and the chain, leaf
 * first, each entry a DER X.509 certificate and its own extensions.
 */
public record CertificateMessage(byte[] requestContext, List<Entry> entries) {

    /** One CertificateEntry: the DER certificate and its extensions (empty here). */
    public record Entry(byte[] der, List<Extension> extensions) {
        public Entry {
            der = der.clone();
            extensions = List.copyOf(extensions);
        }

        @Override
        public byte[] der() {
            return der.clone();
        }
    }

    public CertificateMessage {
        requestContext = requestContext.clone();
        entries = List.copyOf(entries);
    }

    /** A server's Certificate for {@code chain}, leaf first. */
    public static CertificateMessage of(List<byte[]> chain) {
        return new CertificateMessage(new byte[0], chain.stream().map(d -> new Entry(d, List.of())).toList());
    }

    /** The DER certificates, leaf first. */
    public List<byte[]> chain() {
        return entries.stream().map(Entry::der).toList();
    }

    public HandshakeMessage message() {
        TlsWriter list = new TlsWriter();
        for (Entry e : entries) {
            list.vector24(e.der);
            Extension.writeAll(list, e.extensions);
        }
        byte[] body = new TlsWriter().vector8(requestContext).vector24(list.toByteArray()).toByteArray();
        return new HandshakeMessage(HandshakeType.CERTIFICATE, body);
    }

    public static CertificateMessage decode(HandshakeMessage m) {
        TlsReader r = m.expect(HandshakeType.CERTIFICATE).reader();
        byte[] context = r.vector8();
        TlsReader list = new TlsReader(r.vector24());
        r.expectEnd("Certificate");
        List<Entry> entries = new ArrayList<>();
        while (list.hasMore()) {
            entries.add(new Entry(list.vector24(), Extension.readAll(list)));
        }
        return new CertificateMessage(context, entries);
    }
}
