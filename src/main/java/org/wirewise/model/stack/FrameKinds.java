package org.wirewise.model.stack;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.IpProtocol;
import org.wirewise.model.packet.Ipv4Packet;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;
import org.wirewise.model.packet.UdpDatagram;

/**
 * What kind of frame the example network sent, read from its bytes, and the one-line summary
 * the diagram shows for it (as Wireshark's Info column would).
 */
final class FrameKinds {

    private FrameKinds() {
    }

    static boolean arpRequest(Transmission t) {
        EthernetFrame f = EthernetFrame.decode(t.packet().frame());
        return f.etherType() == EtherType.ARP && f.payload()[7] == 1;
    }

    static boolean echoRequest(Transmission t) {
        Ipv4Packet ip = ipv4(t.packet().frame());
        return ip != null && ip.protocol() == IpProtocol.ICMP && ip.payload()[0] == 8;
    }

    static boolean udpTo(Transmission t, int port) {
        Ipv4Packet ip = ipv4(t.packet().frame());
        return ip != null && ip.protocol() == IpProtocol.UDP
                && UdpDatagram.decode(ip.payload(), 0, ip.payload().length).destinationPort() == port;
    }

    static boolean tcpDataTo(Transmission t, int port) {
        TcpSegment s = tcp(t.packet().frame());
        return s != null && s.destinationPort() == port && s.payloadLength() > 0;
    }

    /** "ARP who has 192.0.2.1?", "ICMP echo reply", "DNS query A www.example.com", "SYN, ACK", "HTTP GET /", … */
    static String label(byte[] frame) {
        EthernetFrame f = EthernetFrame.decode(frame);
        if (f.etherType() == EtherType.ARP) {
            byte[] a = f.payload();
            return a[7] == 1 ? "ARP who has " + address(a, 24) + "?" : "ARP " + address(a, 14) + " is at "
                    + org.wirewise.model.packet.MacAddress.of(Arrays.copyOfRange(a, 8, 14));
        }
        Ipv4Packet ip = ipv4(frame);
        if (ip == null) {
            return "frame";
        }
        byte[] p = ip.payload();
        if (ip.protocol() == IpProtocol.ICMP) {
            return p[0] == 8 ? "ICMP echo request" : p[0] == 0 ? "ICMP echo reply" : "ICMP";
        }
        if (ip.protocol() == IpProtocol.UDP) {
            UdpDatagram u = UdpDatagram.decode(p, 0, p.length);
            boolean response = u.payload().length > 2 && (u.payload()[2] & 0x80) != 0;
            return response ? "DNS response A " + address(u.payload(), u.payload().length - 4)
                    : "DNS query A " + questionName(u.payload());
        }
        TcpSegment s = TcpSegment.decode(p, 0, p.length);
        if (s.payloadLength() == 0) {
            return TcpFlags.names(s.flags() & (TcpFlags.SYN | TcpFlags.ACK | TcpFlags.FIN | TcpFlags.RST));
        }
        if (s.destinationPort() == 443 || s.sourcePort() == 443) {
            return "TLS application data";
        }
        String text = new String(s.payload(), java.nio.charset.StandardCharsets.US_ASCII);
        String line = text.substring(0, Math.max(0, text.indexOf("\r\n")));
        return line.startsWith("GET ") ? "HTTP GET " + line.split(" ")[1] : line;
    }

    /** The question's name, read label by label from a DNS message (RFC 1035 §4.1.2). */
    private static String questionName(byte[] dns) {
        StringBuilder name = new StringBuilder();
        for (int at = 12; at < dns.length && dns[at] != 0; at += 1 + (dns[at] & 0xFF)) {
            int length = dns[at] & 0xFF;
            name.append(name.length() == 0 ? "" : ".").append(new String(dns, at + 1,
                    Math.min(length, dns.length - at - 1), java.nio.charset.StandardCharsets.US_ASCII));
        }
        return name.toString();
    }

    private static Ipv4Packet ipv4(byte[] frame) {
        EthernetFrame f = EthernetFrame.decode(frame);
        return f.etherType() == EtherType.IPV4 ? Ipv4Packet.decode(f.payload(), 0, f.payload().length) : null;
    }

    private static TcpSegment tcp(byte[] frame) {
        Ipv4Packet ip = ipv4(frame);
        return ip == null || ip.protocol() != IpProtocol.TCP ? null
                : TcpSegment.decode(ip.payload(), 0, ip.payload().length);
    }

    private static String address(byte[] b, int at) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, at, at + 4)).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
