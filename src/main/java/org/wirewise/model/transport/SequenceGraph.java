package org.wirewise.model.transport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.Ipv6Packet;
import org.wirewise.model.packet.MalformedPacketException;
import org.wirewise.model.packet.SackBlock;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpOption;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * A connection's data as Wireshark's Stevens/tcptrace graph shows it: sequence number against
 * time, read from the trace's frames as a capture at the sender would see them (its segments when
 * sent, the receiver's ACKs when they arrive). Sequence numbers are relative to the sender's
 * initial sequence number, as Wireshark shows them. Plain data: a chart draws it, tests compare it
 * with tshark's reading of the same capture.
 *
 * @param sender   the lane that sends the most payload bytes
 * @param receiver the lane it sends them to
 */
public record SequenceGraph(String sender, String receiver, List<Segment> segments, List<Ack> acks) {

    /**
     * A segment of the sender's, [seq, end) in relative sequence space (a SYN or FIN counts one).
     *
     * @param retransmission whether it carries sequence space sent before (tcptrace marks these)
     * @param lost           whether the network lost it (the sender's capture cannot tell; the lesson can)
     */
    public record Segment(int packetId, long time, long seq, long end, int payload, boolean retransmission,
                          boolean lost) {
    }

    /**
     * An ACK of the receiver's as it reaches the sender: what it acknowledges, the right edge of the
     * window it offers (ack + window, scaled) and its SACK blocks as [left, right) pairs.
     */
    public record Ack(int packetId, long time, long ack, long windowEdge, List<long[]> sack) {
        public Ack {
            sack = List.copyOf(sack);
        }
    }

    public SequenceGraph {
        segments = List.copyOf(segments);
        acks = List.copyOf(acks);
    }

    /** The graph of the trace's TCP connection's busier direction; empty when the trace carries no TCP data. */
    public static Optional<SequenceGraph> of(Trace trace) {
        Map<Integer, TcpSegment> decoded = new HashMap<>();
        Map<String, Long> payloadBy = new HashMap<>();
        for (TracePacket p : trace.packets()) {
            TcpSegment s = decode(p.frame());
            if (s != null) {
                decoded.put(p.id(), s);
                payloadBy.merge(p.from(), (long) s.payloadLength(), Long::sum);
            }
        }
        String sender = payloadBy.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (sender == null) {
            return Optional.empty();
        }
        String receiver = null;
        Long isn = null;
        int[] shift = {-1, -1}; // window scale the sender's and the receiver's SYN offered (-1: none)
        for (TracePacket p : trace.packets()) {
            TcpSegment s = decoded.get(p.id());
            if (s == null) {
                continue;
            }
            boolean fromSender = p.from().equals(sender);
            if (fromSender && receiver == null) {
                receiver = p.to();
            }
            if (fromSender && isn == null) {
                isn = s.sequenceNumber(); // its SYN's, when the capture holds it
            }
            if (s.has(TcpFlags.SYN)) {
                shift[fromSender ? 0 : 1] = windowScale(s);
            }
        }
        // RFC 7323 §2.2: scaling applies only when both SYNs carried the option.
        int scale = shift[0] >= 0 && shift[1] >= 0 ? shift[1] : 0;
        List<Segment> segments = new ArrayList<>();
        List<Ack> acks = new ArrayList<>();
        long highest = 0;
        for (TracePacket p : trace.packets()) {
            TcpSegment s = decoded.get(p.id());
            if (s == null) {
                continue;
            }
            if (p.from().equals(sender) && p.to().equals(receiver)) {
                long seq = relative(s.sequenceNumber(), isn);
                long length = s.payloadLength() + (s.has(TcpFlags.SYN) ? 1 : 0) + (s.has(TcpFlags.FIN) ? 1 : 0);
                if (length > 0) {
                    long end = seq + length;
                    segments.add(new Segment(p.id(), p.sentAt(), seq, end, s.payloadLength(), seq < highest,
                            !p.delivered()));
                    highest = Math.max(highest, end);
                }
            } else if (p.from().equals(receiver) && p.to().equals(sender) && p.delivered() && s.has(TcpFlags.ACK)) {
                long ack = relative(s.acknowledgmentNumber(), isn);
                long window = s.has(TcpFlags.SYN) ? s.window() : (long) s.window() << scale;
                acks.add(new Ack(p.id(), p.arrivesAt(), ack, ack + window, sackBlocks(s, isn)));
            }
        }
        acks.sort((a, b) -> Long.compare(a.time(), b.time()));
        return Optional.of(new SequenceGraph(sender, receiver, segments, acks));
    }

    /** The last time anything on the graph happens. */
    public long end() {
        long end = 0;
        for (Segment s : segments) {
            end = Math.max(end, s.time());
        }
        for (Ack a : acks) {
            end = Math.max(end, a.time());
        }
        return end;
    }

    /** The highest sequence number the graph reaches: a segment's end or a window's edge. */
    public long top() {
        long top = 1;
        for (Segment s : segments) {
            top = Math.max(top, s.end());
        }
        for (Ack a : acks) {
            top = Math.max(top, a.windowEdge());
        }
        return top;
    }

    private static long relative(long value, long isn) {
        return (value - isn) & 0xFFFF_FFFFL;
    }

    private static int windowScale(TcpSegment s) {
        for (TcpOption o : s.options()) {
            if (o instanceof TcpOption.WindowScale ws) {
                return ws.shift();
            }
        }
        return -1;
    }

    private static List<long[]> sackBlocks(TcpSegment s, long isn) {
        List<long[]> blocks = new ArrayList<>();
        for (TcpOption o : s.options()) {
            if (o instanceof TcpOption.Sack sack) {
                for (SackBlock b : sack.blocks()) {
                    blocks.add(new long[] {relative(b.left(), isn), relative(b.right(), isn)});
                }
            }
        }
        return blocks;
    }

    /** The TCP segment in an Ethernet frame (IPv4 or IPv6 without extension headers), or null. */
    private static TcpSegment decode(byte[] frame) {
        try {
            EthernetFrame eth = EthernetFrame.decode(frame);
            byte[] ip = eth.payload();
            if (eth.etherType() == EtherType.IPV4) {
                Ipv4Packet v4 = Ipv4Packet.decode(ip, 0, ip.length);
                return v4.protocol() == IpProtocol.TCP ? TcpSegment.decode(v4.payload(), 0, v4.payload().length) : null;
            }
            if (eth.etherType() == EtherType.IPV6) {
                Ipv6Packet v6 = Ipv6Packet.decode(ip, 0, ip.length);
                return v6.nextHeader() == IpProtocol.TCP ? TcpSegment.decode(v6.payload(), 0, v6.payload().length) : null;
            }
            return null;
        } catch (MalformedPacketException | IllegalArgumentException e) {
            return null; // not a frame this graph reads
        }
    }
}
