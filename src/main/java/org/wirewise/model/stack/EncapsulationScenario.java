package org.wirewise.model.stack;

/**
 * Parameters of the encapsulation lesson: the HTTP request the client sends and the path it takes.
 *
 * @param method    request method
 * @param host      Host field value
 * @param path      request target
 * @param headers   extra field lines, "Name: value", separated by |
 * @param body      request content (POST and PUT)
 * @param bodyBytes pad the body to this many bytes by repeating it (0: the body as written)
 * @param https     send the request inside TLS 1.3 records to port 443
 * @param ipVersion IPv4 or IPv6
 * @param mtu       the link MTU in bytes; it sets the MSS
 * @param seed      seeds the ephemeral port, sequence numbers, IP identification and ciphertext
 */
public record EncapsulationScenario(HttpMethod method, String host, String path, String headers, String body,
                                    int bodyBytes, boolean https, IpVersion ipVersion, int mtu, long seed) {

    public static final EncapsulationScenario DEFAULTS = new EncapsulationScenario(HttpMethod.GET, "www.example.com",
            "/index.html", "User-Agent: wirewise/1.0 | Accept: text/html", "", 0, false, IpVersion.IPV4, 1500, 1);
}
