package org.wirewise.model.dns;

import java.util.List;
import org.wirewise.model.http.h2.H2Rig;
import org.wirewise.model.http.h2.H2Server;
import org.wirewise.model.http.h2.H2Transport;
import org.wirewise.model.http.h2.Settings;
import org.wirewise.model.tls.LessonServer;
import org.wirewise.model.tls.SeededSecureRandom;
import org.wirewise.model.tls.TlsServer;
import org.wirewise.model.tls.TlsSocket;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * A DNS server's encrypted doors beside port 53: DNS over TLS on TCP port 853 (RFC 7858 §3.1),
 * length-prefixed as over TCP (§3.3), several queries per connection and answers in any order
 * (§3.3); and DNS over HTTPS on 443 (RFC 8484) over HTTP/2 with TLS, ALPN "h2" (§5.2: HTTP/2 is the
 * minimum recommended). Both answer from the same server, so the answer is the same one UDP gets.
 */
final class EncryptedDnsServer {

    /** RFC 7858 §3.1. */
    static final int DOT_PORT = 853;
    static final int DOH_PORT = 443;

    /** The resolver's name in its certificate, what a DoT or DoH client checks and sends as SNI. */
    static final String NAME = "dns.example.net";

    private final DnsServer server;
    private final LessonServer identity;

    private EncryptedDnsServer(DnsServer server, LessonServer identity) {
        this.server = server;
        this.identity = identity;
    }

    /** The resolver's TLS identity: the lessons' seeded chain, its leaf naming {@link #NAME}. */
    static LessonServer identity(long seed) {
        return LessonServer.named(seed, "Example Resolver", List.of(NAME));
    }

    /** Opens DoT and DoH on {@code server}'s host, with {@code identity}'s certificate. */
    static void open(DnsServer server, LessonServer identity) {
        EncryptedDnsServer e = new EncryptedDnsServer(server, identity);
        TcpStack tcp = TcpStack.of(server.host());
        tcp.listen(DOT_PORT, H2Rig.LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, e::acceptDot);
        tcp.listen(DOH_PORT, H2Rig.LINUX.withLinuxListenerWindow(), TcpTuning.DEFAULTS, e::acceptDoh);
    }

    private TlsServer tls(String purpose) {
        return new TlsServer(identity.identity(), new SeededSecureRandom(server.host().network().stream(
                "tls " + server.host().name() + " " + purpose)));
    }

    private void acceptDot(TcpSocket tcp) {
        TlsSocket tls = TlsSocket.server(tcp, tls("dot"), s -> { }); // RFC 7858 names no ALPN
        LengthPrefixed in = new LengthPrefixed();
        tls.onData(bytes -> {
            for (byte[] message : in.add(bytes)) {
                DnsMessage query;
                try {
                    query = DnsReader.decode(message);
                } catch (DnsFormatException e) {
                    tls.close(); // RFC 7766 §7: a server may close a connection that sends garbage
                    return;
                }
                server.answer(query, tcp.remoteAddress(), reply -> tls.write(DnsWire.encodeForTcp(reply)));
                server.observer.received(server.host(), query, true);
            }
        });
    }

    private void acceptDoh(TcpSocket tcp) {
        TlsSocket tls = TlsSocket.server(tcp, tls("doh").withAlpn(List.of(H2Transport.ALPN_H2)), s -> { });
        new H2Server(H2Transport.tls(tls), Settings.SERVER, (request, body, reply) -> {
            var query = DohMessages.query(request, body);
            if (query.isEmpty()) {
                reply.accept(DohMessages.badRequest());
                return;
            }
            server.answer(query.get(), tcp.remoteAddress(), answer -> reply.accept(DohMessages.response(answer)));
            server.observer.received(server.host(), query.get(), true);
        });
    }
}
