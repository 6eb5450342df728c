package org.wirewise.model.dns;

/** How a stub carries its queries to the resolver. */
public enum DnsTransport {
    /** Plain DNS, RFC 1035 §4.2.1: anyone on the path reads it. */
    UDP("UDP", "udp", 53),
    /** DNS over TLS, RFC 7858. */
    DOT("DoT", "dot", EncryptedDnsServer.DOT_PORT),
    /** DNS over HTTPS, RFC 8484, over HTTP/2. */
    DOH("DoH", "doh", EncryptedDnsServer.DOH_PORT);

    private final String title;
    private final String id;
    private final int port;

    DnsTransport(String title, String id, int port) {
        this.title = title;
        this.id = id;
        this.port = port;
    }

    /** As people write it: UDP, DoT, DoH. */
    public String title() {
        return title;
    }

    /** As the command line takes it: udp, dot, doh. */
    public String id() {
        return id;
    }

    /** The resolver's port. */
    public int port() {
        return port;
    }

    public boolean encrypted() {
        return this != UDP;
    }
}
