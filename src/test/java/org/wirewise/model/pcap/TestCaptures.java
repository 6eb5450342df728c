package org.wirewise.model.pcap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The real captures in shared/captures (see its README.md), beside the project: Surefire runs
 * in the project root, and CI clones the repository with shared/ next to it.
 */
public final class TestCaptures {

    public static final Path DIR = Path.of("..", "shared", "captures");

    public static final String HTTP_SIMPLE_GET = "arkime_http-simple-get.pcap";
    public static final String WEBSOCKET = "arkime_websocket.pcap";
    public static final String DNS_UDP = "arkime_dns-udp.pcap";
    public static final String RETRANSMISSIONS = "arkime_wireshark-retrans.pcap";
    public static final String TLS13 = "illustrated-tls13_capture.pcap";
    public static final String NDPI_HTTP_PCAPNG = "ndpi_http.pcapng";

    private TestCaptures() {
    }

    public static Capture read(String name) throws IOException {
        return PcapReader.read(DIR.resolve(name));
    }
}
