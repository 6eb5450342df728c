package org.wirewise.model.dns;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.http.h2.Frame;
import org.wirewise.model.http.h2.FrameReader;
import org.wirewise.model.http.h2.FrameType;
import org.wirewise.model.http.hpack.HpackDecoder;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.tls.ClientHello;
import org.wirewise.model.tls.ContentType;
import org.wirewise.model.tls.Extension;
import org.wirewise.model.tls.HandshakeMessage;
import org.wirewise.model.tls.HandshakeReader;
import org.wirewise.model.tls.HandshakeType;
import org.wirewise.model.tls.RecordReader;
import org.wirewise.model.tls.WireRecords;
import org.wirewise.model.trace.SessionSecret;

/**
 * Reads the packets of {@link EncryptedDnsRun} in the order they were sent, one stream reader per connection and
 * direction, as a tap would: without a key (the observer's part of each {@link WireReading}), and with the
 * connection's key log for what is inside, as Wireshark does when the capture carries it.
 */
final class WireReader {

    /** One direction of one TLS connection, read both ways. */
    private static final class Direction {
        final RecordReader clear = new RecordReader();
        final HandshakeReader clearHandshake = new HandshakeReader();
        final WireRecords opened;
        final LengthPrefixed dot = new LengthPrefixed();
        final FrameReader h2;
        final HpackDecoder hpack = new HpackDecoder();
        final Map<Integer, ByteArrayOutputStream> bodies = new java.util.HashMap<>();

        Direction(boolean toServer, List<SessionSecret> keyLog) {
            opened = toServer ? WireRecords.fromClient(keyLog) : WireRecords.fromServer(keyLog);
            h2 = new FrameReader(toServer);
        }
    }

    private final Map<DnsTransport, Direction[]> directions = new EnumMap<>(DnsTransport.class);

    private WireReader(Map<DnsTransport, List<SessionSecret>> keyLogs) {
        keyLogs.forEach((t, log) -> directions.put(t, new Direction[] {new Direction(true, log),
                new Direction(false, log)}));
    }

    /** Every packet of the run, read, in the run's order. */
    static List<WireReading> read(EncryptedDnsRun run) {
        WireReader reader = new WireReader(run.keyLogs);
        List<EncryptedDnsRun.Wire> bySending = new ArrayList<>(run.wires);
        bySending.sort(java.util.Comparator.comparingLong(EncryptedDnsRun.Wire::sent));
        java.util.Map<EncryptedDnsRun.Wire, WireReading> read = new java.util.IdentityHashMap<>();
        bySending.forEach(w -> read.put(w, reader.read(w)));
        return run.wires.stream().map(read::get).toList();
    }

    private WireReading read(EncryptedDnsRun.Wire w) {
        Datagram d = Datagram.of(w.frame());
        if (d.protocol() == IpProtocol.UDP) {
            UdpDatagram u = UdpDatagram.decode(d.ip(), d.transportOffset(), d.transportLength());
            Optional<DnsMessage> m = decode(u.payload());
            return new WireReading(w, new WireReading.Observed(end(d.source(), u.sourcePort()),
                    end(d.destination(), u.destinationPort()), "", u.payload().length, m, List.of(), Optional.empty(),
                    List.of()), List.of(), List.of(), m.stream().toList());
        }
        TcpSegment s = TcpSegment.decode(d.ip(), d.transportOffset(), d.transportLength());
        Direction dir = directions.get(w.transport())[w.toServer() ? 0 : 1];
        byte[] payload = s.payload();
        List<WireReading.SeenRecord> records = new ArrayList<>();
        Optional<String> serverName = Optional.empty();
        List<String> alpn = List.of();
        for (byte[] raw : dir.clear.add(payload)) {
            ContentType type = ContentType.of(raw[0] & 0xFF);
            records.add(new WireReading.SeenRecord(type, raw.length - 5));
            if (type == ContentType.HANDSHAKE) {
                for (HandshakeMessage m : dir.clearHandshake.add(java.util.Arrays.copyOfRange(raw, 5, raw.length))) {
                    if (m.type() == HandshakeType.CLIENT_HELLO) {
                        ClientHello hello = ClientHello.decode(m);
                        serverName = hello.serverName();
                        alpn = hello.extension(Extension.ALPN).map(Extension::alpnProtocols).orElse(List.of());
                    }
                }
            }
        }
        List<HandshakeType> handshake = new ArrayList<>();
        List<WireReading.H2Frame> frames = new ArrayList<>();
        List<DnsMessage> dns = new ArrayList<>();
        for (WireRecords.Seen r : dir.opened.add(payload)) {
            handshake.addAll(r.messages());
            if (r.inner() == ContentType.APPLICATION_DATA) {
                inside(w.transport(), dir, r.plaintext(), frames, dns);
            }
        }
        return new WireReading(w, new WireReading.Observed(end(d.source(), s.sourcePort()),
                end(d.destination(), s.destinationPort()), TcpFlags.names(s.flags()), payload.length, Optional.empty(),
                records, serverName, alpn), handshake, frames, dns);
    }

    /** What an opened application data record carries: length-prefixed DNS (DoT) or HTTP/2 frames (DoH). */
    private static void inside(DnsTransport t, Direction dir, byte[] data, List<WireReading.H2Frame> frames,
                               List<DnsMessage> dns) {
        if (t == DnsTransport.DOT) {
            dir.dot.add(data).forEach(m -> decode(m).ifPresent(dns::add));
            return;
        }
        for (Frame f : dir.h2.add(data)) {
            FrameType type = FrameType.of(f.type());
            List<org.wirewise.model.http.hpack.HeaderField> fields = type == FrameType.HEADERS
                    ? dir.hpack.decode(f.payload()) : List.of(); // the client's blocks fit one frame: no CONTINUATION
            frames.add(new WireReading.H2Frame(type, f.stream(), fields));
            if (type == FrameType.HEADERS && f.has(Frame.END_STREAM)) {
                DohMessages.query(fields, new byte[0]).ifPresent(dns::add); // a GET: the query is its :path
            }
            if (type == FrameType.DATA) {
                ByteArrayOutputStream body = dir.bodies.computeIfAbsent(f.stream(), k -> new ByteArrayOutputStream());
                body.writeBytes(f.payload());
                if (f.has(Frame.END_STREAM)) {
                    decode(body.toByteArray()).ifPresent(dns::add);
                }
            }
        }
    }

    private static Optional<DnsMessage> decode(byte[] bytes) {
        try {
            return Optional.of(DnsReader.decode(bytes));
        } catch (DnsFormatException e) {
            return Optional.empty();
        }
    }

    private static String end(InetAddress address, int port) {
        return address.getHostAddress() + ":" + port;
    }
}
