package org.wirewise.model.stack;

import java.util.List;
import org.wirewise.model.net.Host;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.packet.TcpFlags;
import org.wirewise.model.packet.TcpSegment;

/**
 * One real frame per kind of traffic the stack chapter points at: an ARP request, an ICMP echo
 * request, a DNS query over UDP, an HTTP request over TCP, a TLS 1.3 application data record, and
 * the GET as the router sends it on, all taken from {@link ExampleNetwork}'s run; and a request
 * as a layer-7 balancer forwards it, built here (the load-balancer lesson runs its own network).
 */
final class ExampleFrames {

    private ExampleFrames() {
    }

    static byte[] arpRequest() {
        return example(ExampleNetwork.Kind.ARP);
    }

    static byte[] icmpEcho() {
        return example(ExampleNetwork.Kind.ICMP);
    }

    static byte[] dnsQuery() {
        return example(ExampleNetwork.Kind.DNS);
    }

    static byte[] httpGet() {
        return example(ExampleNetwork.Kind.HTTP);
    }

    static byte[] tlsRecord() {
        return example(ExampleNetwork.Kind.TLS);
    }

    /** The GET as the gateway sends it on: TTL 63, a new checksum and both MACs rewritten. */
    static byte[] routedHttpGet() {
        return ExampleNetwork.shared().routedGet().packet().frame();
    }

    private static byte[] example(ExampleNetwork.Kind kind) {
        return ExampleNetwork.shared().examples().get(kind).packet().frame();
    }

    /** A request as a layer-7 balancer forwards it, with the client's address in X-Forwarded-For. */
    static byte[] proxiedRequest() {
        byte[] http = new HttpRequest(HttpMethod.GET, "shop.example.com", "/api/cart",
                List.of("X-Forwarded-For: 192.0.2.11", "X-Forwarded-Proto: https"), "").encode();
        TcpSegment seg = new TcpSegment(40_000, 8080, 3_000_001, 4_000_001, TcpFlags.ACK | TcpFlags.PSH, 502, 0,
                List.of(), http);
        return Encapsulation.frame(MacAddress.of("02:00:00:00:10:02"), MacAddress.of("02:00:00:00:20:01"),
                Host.literal("10.0.0.2"), Host.literal("10.0.0.11"), 0x2000, 64, seg);
    }
}
