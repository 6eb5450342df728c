package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.http.h2.H2Client;
import org.wirewise.model.http.h2.H2Rig;
import org.wirewise.model.http.h2.H2Stream;
import org.wirewise.model.http.h2.H2Transport;
import org.wirewise.model.http.h2.Settings;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsClient;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * A browser's DNS over HTTPS (RFC 8484), as Firefox and Chrome do: one HTTP/2 connection over
 * TLS 1.3 (ALPN "h2") to the resolver's port 443, each query a request on its own stream, GET
 * with {@code ?dns=} or POST with the message as body, ID 0 (§4.1); the connection stays open
 * for the next query.
 */
public final class DohClient {

    private final InetAddress server;
    private final String authority;
    private final TcpSocket tcp;
    private final H2Client client;
    private boolean connecting;

    public DohClient(HostNode host, InetAddress server, LessonServer identity, Consumer<SessionSecret> secrets) {
        this.server = server;
        this.authority = identity.chain().host();
        TcpStack stack = TcpStack.of(host);
        this.tcp = stack.open(stack.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        TlsClient tls = new TlsClient(authority, identity.clientCheck(),
                new SeededSecureRandom(host.network().stream("tls " + host.name() + " doh")))
                .withAlpn(List.of(H2Transport.ALPN_H2));
        this.client = new H2Client(H2Transport.tls(TlsSocket.client(tcp, tls, secrets)), Settings.BROWSER,
                () -> host.network().simulation().now());
    }

    /**
     * Asks {@code q} with {@code method}; {@code then} hears the DNS answer, or an empty one with
     * SERVFAIL when the response was no 200 with a DNS message (what a stub reports for a failed server).
     */
    public void ask(DnsMessage.Question q, DohMessages.Method method, Consumer<DnsMessage> then) {
        DnsMessage query = DnsMessage.query(0, q, true, 0);
        client.fetch(List.of(DohMessages.request(method, authority, query)), List.of(DohMessages.body(method, query)),
                done -> {
                    var c = done.get(0);
                    byte[] body = client.connection().stream(c.stream()).map(H2Stream::body).orElse(new byte[0]);
                    then.accept(c.status() == 200 ? DohMessages.answer(body).orElse(servfail(query))
                            : servfail(query));
                });
        if (!connecting) {
            connecting = true;
            tcp.connect(server, EncryptedDnsServer.DOH_PORT);
        }
    }

    public H2Client http() {
        return client;
    }

    /** GOAWAY, close_notify, FIN. */
    public void close() {
        client.close();
    }

    private static DnsMessage servfail(DnsMessage query) {
        return DnsMessage.reply(query, false, true, DnsMessage.Rcode.SERVFAIL, List.of(), List.of(), List.of());
    }
}
