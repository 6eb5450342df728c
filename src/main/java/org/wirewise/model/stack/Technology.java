package org.wirewise.model.stack;

/**
 * A technology the OSI lesson places on the stack: the layer it is drawn at, the OSI layers it
 * spans, its TCP/IP layer (RFC 1122 §1.1.3 names four: link, internet, transport, application)
 * and why it sits there.
 */
public enum Technology {
    HTTP("HTTP", 7, "7", "Application", "Requests, responses and header fields between programs (RFC 9110 §3). "
            + "HTTP/1.1 and HTTP/2 run over TCP, HTTP/3 over QUIC: the semantics stay in the application layer "
            + "whatever carries them.", "RFC 9110 §3", Example.HTTP, "Hypertext Transfer Protocol"),
    GRPC("gRPC", 7, "7", "Application", "A remote procedure call framework: each call is an HTTP/2 stream whose "
            + "messages are length-prefixed protocol buffers. To the network it is HTTP/2 over TLS over TCP; it "
            + "adds meaning, not a layer. The example frame is TLS over TCP: all a network sees of gRPC.", "RFC 9113 §5", Example.TLS, "Transport Layer Security"),
    WEBSOCKET("WebSocket", 7, "7", "Application", "Starts as an HTTP/1.1 request with Upgrade: websocket (RFC 6455 "
            + "§4), then both sides exchange framed messages over the same TCP connection. An application "
            + "protocol, not a transport: it lives entirely inside TCP's byte stream. The example frame is the kind of "
            + "HTTP/1.1 request its handshake starts with.", "RFC 6455 §1.5",
            Example.HTTP, "Hypertext Transfer Protocol"),
    DNS("DNS", 7, "7", "Application", "Turns names into addresses. It is an application protocol that other "
            + "applications call before they connect; queries usually ride on UDP port 53, and TCP for large "
            + "answers or zone transfers (RFC 1035 §4.2, RFC 7766).", "RFC 1035 §4.2", Example.DNS,
            "User Datagram Protocol"),
    TLS("TLS", 6, "5–6", "Application", "Encrypts and authenticates a byte stream. It needs a reliable transport "
            + "under it (TCP) and gives the application above a secure stream (RFC 8446 §1), so it sits between "
            + "transport and application. OSI has no exact slot: encryption is presentation (6), its sessions "
            + "and resumption are session (5); in TCP/IP it is part of the application layer.", "RFC 8446 §1",
            Example.TLS, "Transport Layer Security"),
    TCP("TCP", 4, "4", "Transport", "A reliable, ordered byte stream between two ports, with flow and congestion "
            + "control (RFC 9293 §2). Its PDU is the segment.", "RFC 9293 §2", Example.HTTP,
            "Transmission Control Protocol"),
    UDP("UDP", 4, "4", "Transport", "Ports, a length and a checksum on independent datagrams, nothing more: no "
            + "connection, order or retransmission (RFC 768). Its PDU is the datagram.", "RFC 768", Example.DNS,
            "User Datagram Protocol"),
    QUIC("QUIC", 4, "4", "Transport", "A transport protocol (reliable streams without head-of-line blocking "
            + "between them, congestion control, TLS 1.3 built in) that runs on top of UDP (RFC 9000 §1). It is "
            + "built on UDP so that it passes existing firewalls and NATs and can live in user space, yet what "
            + "it does is transport: UDP is only its envelope. The example frame is a UDP datagram, the envelope "
            + "QUIC packets travel in.", "RFC 9000 §1", Example.DNS,
            "User Datagram Protocol"),
    IP("IP", 3, "3", "Internet", "Addresses every host and routes packets hop by hop across networks; best "
            + "effort, no delivery guarantee (RFC 791, RFC 8200). Its PDU is the packet.", "RFC 791 §1.4",
            Example.ICMP, "Internet Protocol Version 4"),
    ICMP("ICMP", 3, "3", "Internet", "Error reports and diagnostics for IP (ping, time exceeded for traceroute). It "
            + "travels inside IP packets (protocol 1) yet belongs to the network layer: it is IP's control "
            + "channel, no transport (RFC 792).", "RFC 792", Example.ICMP, "Internet Protocol Version 4"),
    ARP("ARP", 2, "2–3", "Link", "Finds the MAC address for an IPv4 address on the local link (RFC 826). It is "
            + "carried directly in Ethernet frames (EtherType 0x0806), with no IP header, to serve the network "
            + "layer: between 2 and 3, often called layer 2.5. IPv6 does this with ICMPv6 Neighbor Discovery.",
            "RFC 826", Example.ARP, "Address Resolution Protocol"),
    ETHERNET("Ethernet", 2, "1–2", "Link", "IEEE 802.3 defines both the frame (MAC addresses, EtherType, FCS: data "
            + "link) and the signals on copper and fibre (physical). Its PDU is the frame.", "IEEE 802.3",
            Example.ARP, "Ethernet II"),
    WIFI("Wi-Fi", 2, "1–2", "Link", "IEEE 802.11 defines radio signalling (physical) and its own frames with up to "
            + "four addresses and acknowledgments (data link). The access point bridges them to Ethernet, so "
            + "hosts and captures usually see Ethernet II frames.", "IEEE 802.11", Example.ARP, "Ethernet II");

    /** Which example frame shows a technology. */
    public enum Example { ARP, DNS, HTTP, TLS, ICMP }

    private final String displayName;
    private final int home;
    private final String osi;
    private final String tcpIp;
    private final String why;
    private final String reference;
    private final Example example;
    private final String field;

    Technology(String displayName, int home, String osi, String tcpIp, String why, String reference, Example example,
               String field) {
        this.displayName = displayName;
        this.home = home;
        this.osi = osi;
        this.tcpIp = tcpIp;
        this.why = why;
        this.reference = reference;
        this.example = example;
        this.field = field;
    }

    public String displayName() {
        return displayName;
    }

    /** The OSI layer the technology is drawn at. */
    public int home() {
        return home;
    }

    /** The OSI layers it spans: "4" or "5–6". */
    public String osi() {
        return osi;
    }

    public String tcpIp() {
        return tcpIp;
    }

    public String why() {
        return why;
    }

    public String reference() {
        return reference;
    }

    public Example example() {
        return example;
    }

    /** The dissector layer that shows it in the example frame. */
    public String field() {
        return field;
    }
}
