package org.wirewise.model.stack;

/**
 * A technology the OSI lesson places on the stack: the layer it is drawn at, the OSI layers it
 * spans, its TCP/IP layer (RFC 1122 §1.1.3 names four: link, internet, transport, application)
 * and its reference; why it sits there is in the lesson's bundle ({@code OsiNarration}).
 */
public enum Technology {
    HTTP("HTTP", 7, "7", "Application", "RFC 9110 §3", Example.HTTP, "Hypertext Transfer Protocol"),
    GRPC("gRPC", 7, "7", "Application", "RFC 9113 §5", Example.TLS, "Transport Layer Security"),
    WEBSOCKET("WebSocket", 7, "7", "Application", "RFC 6455 §1.5", Example.HTTP, "Hypertext Transfer Protocol"),
    DNS("DNS", 7, "7", "Application", "RFC 1035 §4.2", Example.DNS, "User Datagram Protocol"),
    TLS("TLS", 6, "5–6", "Application", "RFC 8446 §1", Example.TLS, "Transport Layer Security"),
    TCP("TCP", 4, "4", "Transport", "RFC 9293 §2", Example.HTTP, "Transmission Control Protocol"),
    UDP("UDP", 4, "4", "Transport", "RFC 768", Example.DNS, "User Datagram Protocol"),
    QUIC("QUIC", 4, "4", "Transport", "RFC 9000 §1", Example.DNS, "User Datagram Protocol"),
    IP("IP", 3, "3", "Internet", "RFC 791 §1.4", Example.ICMP, "Internet Protocol Version 4"),
    ICMP("ICMP", 3, "3", "Internet", "RFC 792", Example.ICMP, "Internet Protocol Version 4"),
    ARP("ARP", 2, "2–3", "Link", "RFC 826", Example.ARP, "Address Resolution Protocol"),
    ETHERNET("Ethernet", 2, "1–2", "Link", "IEEE 802.3", Example.ARP, "Ethernet II"),
    WIFI("Wi-Fi", 2, "1–2", "Link", "IEEE 802.11", Example.ARP, "Ethernet II");

    /** Which example frame shows a technology. */
    public enum Example { ARP, DNS, HTTP, TLS, ICMP }

    private final String displayName;
    private final int home;
    private final String osi;
    private final String tcpIp;
    private final String reference;
    private final Example example;
    private final String field;

    Technology(String displayName, int home, String osi, String tcpIp, String reference, Example example,
               String field) {
        this.displayName = displayName;
        this.home = home;
        this.osi = osi;
        this.tcpIp = tcpIp;
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

    /** Its TCP/IP layer's English name, which also keys its name in other languages. */
    public String tcpIp() {
        return tcpIp;
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
