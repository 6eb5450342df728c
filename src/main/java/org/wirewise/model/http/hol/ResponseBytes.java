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
        EthernetFrame eth = EthernetFrame.decode(packet.frame());
        if (eth.etherType() != EtherType.IPV4) {
            return List.of();
        }
        byte[] ip = eth.payload();
        Ipv4Packet v4 = Ipv4Packet.decode(ip, 0, ip.length);
        if (v4.protocol() != IpProtocol.TCP) {
            return List.of();
        }
        byte[] tcp = v4.payload();
        TcpSegment segment = TcpSegment.decode(tcp, 0, tcp.length);
        return segment.payloadLength() == 0 ? List.of()
                : List.of(new LossTap.Range(segment.destinationPort(), segment.sequenceNumber(), segment.payloadLength(), -1));
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
                        out.add(new LossTap.Range(st.streamId(), st.offset(), st.data().length, (int) (st.streamId() / 4)));
                    }
                }
            }
            sending = null;
            return out;
        }
    }
}
