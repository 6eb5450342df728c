package org.wirewise.model.http.hol;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.Packet;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.quic.Frame;
import org.wirewise.model.quic.QuicConnection;
import org.wirewise.model.quic.QuicPacket;

/** What response bytes a packet leaving the server carries, read from the packet (TCP) or from the datagram QUIC built (QUIC encrypts). */
final class ResponseBytes {

    private ResponseBytes() {
    }

    /** A TCP segment with payload: its bytes of the connection to the client's port. */
    static List<LossTap.Range> tcp(Packet packet) {
        TcpSegment segment = tcpSegment(packet.frame());
        return segment == null || segment.payloadLength() == 0 ? List.of()
                : List.of(new LossTap.Range(segment.destinationPort(), segment.sequenceNumber(), segment.payloadLength(), -1));
    }

    /** The TCP segment an IPv4 frame carries, or null for any other frame. */
    static TcpSegment tcpSegment(byte[] frame) {
        EthernetFrame eth = EthernetFrame.decode(frame);
        if (eth.etherType() != EtherType.IPV4) {
            return null;
        }
        byte[] ip = eth.payload();
        Ipv4Packet v4 = Ipv4Packet.decode(ip, 0, ip.length);
        if (v4.protocol() != IpProtocol.TCP) {
            return null;
        }
        byte[] tcp = v4.payload();
        return TcpSegment.decode(tcp, 0, tcp.length);
    }

    /**
     * Http3Client opens a bidirectional stream per request in request order, and the client's bidirectional streams
     * are 0, 4, 8, ... (RFC 9000 §2.1; its control stream is unidirectional): request n is on stream 4n.
     */
    static long stream(int request) {
        return 4L * request;
    }

    static int request(long streamId) {
        return (int) (streamId / 4);
    }

    /** The server's QUIC datagrams: the STREAM frames of request streams each carries (client bidirectional ids, 4n: request n). */
    static final class Quic {
        private QuicConnection.Datagram sending;

        void sending(QuicConnection.Datagram d) {
            sending = d;
        }

        List<LossTap.Range> ranges(Packet packet) {
            if (sending == null) {
                return List.of();
            }
            List<LossTap.Range> out = new ArrayList<>();
            for (QuicPacket p : sending.packets()) {
                for (Frame f : p.frames()) {
                    if (f instanceof Frame.Stream st && (st.streamId() & 3) == 0 && st.data().length > 0) {
                        out.add(new LossTap.Range(st.streamId(), st.offset(), st.data().length, request(st.streamId())));
                    }
                }
            }
            sending = null;
            return out;
        }
    }
}
