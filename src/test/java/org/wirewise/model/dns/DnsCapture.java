package org.wirewise.model.dns;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wirewise.model.net.Host;
import org.wirewise.model.packet.Frames;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.UdpDatagram;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.PcapWriter;

/** One DNS answer from a server's port 53 in a one-frame capture, for tshark to judge. */
public final class DnsCapture {

    private DnsCapture() {
    }

    /** The Ethernet frame carrying {@code message} from 192.0.2.53:53 to 203.0.113.53:40000. */
    public static byte[] frame(DnsMessage message) {
        Inet4Address server = (Inet4Address) Host.literal("192.0.2.53");
        Inet4Address client = (Inet4Address) Host.literal("203.0.113.53");
        return Frames.udpOverIpv4(MacAddress.of("02:00:00:00:00:01"), MacAddress.of("02:00:00:00:00:02"),
                server, client, 1, 64, new UdpDatagram(53, 40000, DnsWire.encode(message)));
    }

    public static void write(Path pcap, DnsMessage message) throws IOException {
        try (OutputStream out = Files.newOutputStream(pcap); PcapWriter w = new PcapWriter(out, LinkType.ETHERNET)) {
            w.write(0, frame(message));
        }
    }
}
