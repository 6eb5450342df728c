package org.wirewise.model.trace;

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
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;

/**
 * The TCP or UDP header numbers of a trace's packets, decoded from their frames (never from their
 * labels), with sequence and acknowledgment numbers relative to each direction's first sequence
 * number as Wireshark shows them: a SYN is seq 0, the SYN-ACK answering it ack 1.
 */
final class TransportNumbers {

    /** One packet's transport header; {@code ack} is -1 when the ACK flag is off. */
    record Numbers(boolean tcp, int sourcePort, int destinationPort, String flags, long seq, long ack,
                   int dataBytes) {
    }

    private record Direction(String source, int sourcePort, String destination, int destinationPort) {
        Direction reverse() {
            return new Direction(destination, destinationPort, source, sourcePort);
        }
    }

    private record Decoded(Direction direction, TcpSegment tcp, UdpDatagram udp) {
    }

    private final Map<Integer, Decoded> decoded = new HashMap<>();
    private final Map<Direction, Long> firstSeq = new HashMap<>();

    TransportNumbers(List<TracePacket> packets) {
        for (TracePacket p : packets) {
            decode(p.frame()).ifPresent(d -> {
                decoded.put(p.id(), d);
                if (d.tcp() != null) {
                    firstSeq.putIfAbsent(d.direction(), d.tcp().sequenceNumber());
                }
            });
        }
    }

    /** The numbers of packet {@code id}, empty when its frame carries no whole TCP or UDP header. */
    Optional<Numbers> of(int id) {
        Decoded d = decoded.get(id);
        if (d == null) {
            return Optional.empty();
        }
        if (d.udp() != null) {
            return Optional.of(new Numbers(false, d.udp().sourcePort(), d.udp().destinationPort(), "", -1, -1,
                    d.udp().payload().length));
        }
        TcpSegment s = d.tcp();
        long seq = relative(s.sequenceNumber(), firstSeq.get(d.direction()));
        long ack = s.has(TcpFlags.ACK)
                ? relative(s.acknowledgmentNumber(), firstSeq.get(d.direction().reverse())) : -1;
        return Optional.of(new Numbers(true, s.sourcePort(), s.destinationPort(), TcpFlags.names(s.flags()), seq, ack,
                s.payloadLength()));
    }

    private static long relative(long value, Long base) {
        return base == null ? value : (value - base) & 0xFFFF_FFFFL;
    }

    private static Optional<Decoded> decode(byte[] frame) {
        try {
            EthernetFrame eth = EthernetFrame.decode(frame);
            byte[] ip = eth.payload();
            String source;
            String destination;
            int protocol;
            byte[] payload;
            if (eth.etherType() == EtherType.IPV4) {
                Ipv4Packet v4 = Ipv4Packet.decode(ip, 0, ip.length);
                source = v4.source().getHostAddress();
                destination = v4.destination().getHostAddress();
                protocol = v4.protocol();
                payload = v4.payload();
            } else if (eth.etherType() == EtherType.IPV6) {
                Ipv6Packet v6 = Ipv6Packet.decode(ip, 0, ip.length);
                source = v6.source().getHostAddress();
                destination = v6.destination().getHostAddress();
                protocol = v6.nextHeader();
                payload = v6.payload();
            } else {
                return Optional.empty();
            }
            if (protocol == IpProtocol.TCP) {
                TcpSegment s = TcpSegment.decode(payload, 0, payload.length);
                return Optional.of(new Decoded(new Direction(source, s.sourcePort(), destination, s.destinationPort()),
                        s, null));
            }
            if (protocol == IpProtocol.UDP) {
                UdpDatagram u = UdpDatagram.decode(payload, 0, payload.length);
                return Optional.of(new Decoded(null, null, u));
            }
            return Optional.empty();
        } catch (MalformedPacketException | IllegalArgumentException e) {
            return Optional.empty(); // a fragment or a deliberately broken frame: described without numbers
        }
    }
}
