package org.wirewise.model.http.sse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.wirewise.model.http.Http1Parser;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.transport.ClientServer;

/**
 * One technique measured from its captured packets alone: the requests the client's bytes hold, the frames'
 * bytes, and for each event the packet whose arrival completed its JSON at the client (so a delay is the wire's
 * verdict, not a client's bookkeeping). Events whose JSON never reached the client are lost.
 */
public record WireTally(Technique technique, int requests, int answersWithoutEvents, int packets, long wireBytes,
                        long tcpPayloadBytes, long eventBytes, List<Delivery> deliveries, List<TickerEvent> lost) {

    /** An event and the packet that brought its last byte to the client. */
    public record Delivery(TickerEvent event, long publishedAt, long deliveredAt, int packetId) {
        public long delay() {
            return deliveredAt - publishedAt;
        }
    }

    public WireTally {
        deliveries = List.copyOf(deliveries);
        lost = List.copyOf(lost);
    }

    /**
     * @param packets the technique's packets, in the order they were sent
     * @param start   when the technique began: an event's server time is {@code start + event.at()}
     */
    public static WireTally measure(Technique technique, List<TracePacket> packets, List<TickerEvent> events, long start) {
        Map<Integer, Stream> up = new LinkedHashMap<>();
        Map<Integer, Stream> down = new LinkedHashMap<>();
        long wire = 0;
        long tcpPayload = 0;
        int empty = 0;
        for (TracePacket p : packets) {
            TcpSegment seg = segment(p.frame());
            boolean toServer = p.from().equals(ClientServer.CLIENT);
            int clientPort = toServer ? seg.sourcePort() : seg.destinationPort();
            (toServer ? up : down).computeIfAbsent(clientPort, k -> new Stream()).add(seg, p);
            wire += p.length();
            tcpPayload += seg.payloadLength();
            String text = new String(seg.payload(), StandardCharsets.ISO_8859_1);
            if (!toServer && text.startsWith("HTTP/1.1 ") && !text.contains("{\"id\":")) {
                empty++; // a response head with no event after it in its packet
            }
        }
        int requests = 0;
        for (Stream s : up.values()) {
            requests += new Http1Parser(Http1Parser.Reading.REQUESTS).feed(s.bytes.toByteArray()).size();
        }
        List<Delivery> deliveries = new ArrayList<>();
        List<TickerEvent> lost = new ArrayList<>();
        long eventBytes = 0;
        for (TickerEvent e : events) {
            Optional<Delivery> d = down.values().stream().map(s -> s.find(e, start)).flatMap(Optional::stream)
                    .min(java.util.Comparator.comparingLong(Delivery::deliveredAt));
            d.ifPresentOrElse(deliveries::add, () -> lost.add(e));
            eventBytes += d.isPresent() ? e.bytes().length : 0;
        }
        return new WireTally(technique, requests, empty, packets.size(), wire, tcpPayload, eventBytes, deliveries, lost);
    }

    public int delivered() {
        return deliveries.size();
    }

    /** Frame bytes on the wire per delivered event, both ways, every handshake and acknowledgement included. */
    public OptionalDouble wirePerEvent() {
        return per(wireBytes);
    }

    /** HTTP heads, chunk lines, SSE field names, WebSocket headers, JSON punctuation: application bytes that are not an event's JSON, per delivered event. */
    public OptionalDouble overheadPerEvent() {
        return per(tcpPayloadBytes - eventBytes);
    }

    public OptionalDouble meanDelayMillis() {
        return deliveries.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(deliveries.stream().mapToLong(Delivery::delay).average().orElse(0) / 1e6);
    }

    public OptionalDouble maxDelayMillis() {
        return deliveries.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(deliveries.stream().mapToLong(Delivery::delay).max().orElse(0) / 1e6);
    }

    private OptionalDouble per(long bytes) {
        return deliveries.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) bytes / deliveries.size());
    }

    static TcpSegment segment(byte[] frame) {
        byte[] ip = EthernetFrame.decode(frame).payload();
        byte[] tcp = Ipv4Packet.decode(ip, 0, ip.length).payload();
        return TcpSegment.decode(tcp, 0, tcp.length);
    }

    /** One direction of one connection, its bytes in order and which packet brought each run of them. */
    private static final class Stream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final List<Integer> ends = new ArrayList<>();
        private final List<TracePacket> carriers = new ArrayList<>();
        private long next = -1;

        void add(TcpSegment seg, TracePacket p) {
            if (seg.payloadLength() == 0 || !p.delivered()) {
                return;
            }
            if (next >= 0 && seg.sequenceNumber() != next) {
                return; // a retransmission of bytes already counted (no gaps: this network loses nothing)
            }
            next = (seg.sequenceNumber() + seg.payloadLength()) & 0xFFFFFFFFL;
            bytes.writeBytes(seg.payload());
            ends.add(bytes.size());
            carriers.add(p);
        }

        Optional<Delivery> find(TickerEvent e, long start) {
            // ISO-8859-1 maps each byte to one char, so a string search is a byte search
            int at = bytes.toString(StandardCharsets.ISO_8859_1).indexOf(new String(e.bytes(), StandardCharsets.ISO_8859_1));
            if (at < 0) {
                return Optional.empty();
            }
            int last = at + e.bytes().length;
            for (int i = 0; i < ends.size(); i++) {
                if (ends.get(i) >= last) {
                    TracePacket p = carriers.get(i);
                    return Optional.of(new Delivery(e, start + e.at(), p.arrivesAt(), p.id()));
                }
            }
            return Optional.empty();
        }
    }
}
