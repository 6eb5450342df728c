package org.wirewise.model.dns;

import java.util.List;
import java.util.Optional;
import org.wirewise.model.http.hpack.HeaderField;
import org.wirewise.model.tls.ContentType;
import org.wirewise.model.tls.HandshakeType;

/**
 * One packet between laptop and resolver read twice: as an on-path observer reads it, with no key (addresses, ports,
 * TCP flags, the records' types and lengths, what crossed in the clear: a UDP DNS message, a ClientHello's server
 * name and ALPN offer), and as the laptop or Wireshark with the key log reads it (the TLS handshake messages, the
 * HTTP/2 frames and the DNS messages inside).
 *
 * @param wire      the packet
 * @param seen      what the observer reads
 * @param handshake the TLS handshake messages that complete in this packet, opened with the key log
 * @param frames    the HTTP/2 frames that complete in it (DoH), with their decoded header fields
 * @param dns       the DNS messages it completes (in the clear for UDP, opened for DoT and DoH)
 */
record WireReading(EncryptedDnsRun.Wire wire, Observed seen, List<HandshakeType> handshake, List<H2Frame> frames,
                   List<DnsMessage> dns) {

    WireReading {
        handshake = List.copyOf(handshake);
        frames = List.copyOf(frames);
        dns = List.copyOf(dns);
    }

    /**
     * What the bytes show without a key.
     *
     * @param source      the sender's address and port
     * @param destination the receiver's address and port
     * @param flags       the TCP flags, empty for UDP
     * @param payload     the transport payload's length
     * @param clearDns    a DNS message read in the clear (UDP only)
     * @param records     the TLS records that complete here: their type on the wire and length
     * @param serverName  the server_name of a ClientHello read here
     * @param alpn        the protocols a ClientHello read here offers
     */
    record Observed(String source, String destination, String flags, int payload, Optional<DnsMessage> clearDns,
                    List<SeenRecord> records, Optional<String> serverName, List<String> alpn) {
        Observed {
            records = List.copyOf(records);
            alpn = List.copyOf(alpn);
        }
    }

    /** A TLS record as the wire shows it. */
    record SeenRecord(ContentType type, int length) {
    }

    /** An HTTP/2 frame read with the key log: its type, stream, and the header fields a HEADERS frame carries. */
    record H2Frame(org.wirewise.model.http.h2.FrameType type, int stream, List<HeaderField> fields) {
        H2Frame {
            fields = List.copyOf(fields);
        }
    }

    DnsTransport transport() {
        return wire.transport();
    }
}
