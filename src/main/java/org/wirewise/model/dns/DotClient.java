package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wirewise.model.http.h2.H2Rig;
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
 * A stub's DNS over TLS (RFC 7858), as Android's Private DNS in strict mode does: one TCP
 * connection to port 853, TLS 1.3 checking the resolver's certificate for its name (RFC 8310's
 * Strict Privacy profile), then each query length-prefixed (§3.3) on that connection, which stays
 * open for the next (§3.4: reuse it), answers matched by ID since they may come in any order.
 */
public final class DotClient {

    private final HostNode host;
    private final InetAddress server;
    private final TcpSocket tcp;
    private final TlsSocket tls;
    private final LengthPrefixed in = new LengthPrefixed();
    private final Map<Integer, Consumer<DnsMessage>> waiting = new HashMap<>();
    private final List<byte[]> unsent = new ArrayList<>();
    private final DnsClient ids;
    private boolean established;
    private boolean connecting;

    /** @param secrets hears the TLS secrets, for a capture that decrypts */
    public DotClient(HostNode host, InetAddress server, LessonServer identity, DnsObserver observer,
                     Consumer<SessionSecret> secrets) {
        this.host = host;
        this.server = server;
        this.ids = new DnsClient(host, observer);
        TcpStack stack = TcpStack.of(host);
        this.tcp = stack.open(stack.ephemeralPort(), H2Rig.LINUX, TcpTuning.DEFAULTS);
        TlsClient client = new TlsClient(identity.chain().host(), identity.clientCheck(),
                new SeededSecureRandom(host.network().stream("tls " + host.name() + " dot")));
        this.tls = TlsSocket.client(tcp, client, secrets);
        tls.onEstablished(() -> {
            established = true;
            unsent.forEach(tls::write);
            unsent.clear();
        }).onData(bytes -> {
            for (byte[] message : in.add(bytes)) {
                try {
                    DnsMessage m = DnsReader.decode(message);
                    Consumer<DnsMessage> then = waiting.remove(m.id());
                    if (then != null && m.response()) {
                        then.accept(m);
                        observer.received(host, m, true);
                    }
                } catch (DnsFormatException e) {
                    tls.close(); // a damaged answer: the stream cannot be trusted past it
                    return;
                }
            }
        });
    }

    /** Sends a recursive query for {@code q} with a fresh ID; {@code then} hears the answer. */
    public void ask(DnsMessage.Question q, Consumer<DnsMessage> then) {
        DnsMessage query = DnsMessage.query(ids.nextId(), q, true, 0);
        waiting.put(query.id(), then);
        byte[] framed = DnsWire.encodeForTcp(query);
        if (established) {
            tls.write(framed);
            return;
        }
        unsent.add(framed);
        if (!connecting) {
            connecting = true;
            tcp.connect(server, EncryptedDnsServer.DOT_PORT);
        }
    }

    /** Whether the TLS connection is up (a query now costs one round trip). */
    public boolean established() {
        return established;
    }

    public HostNode host() {
        return host;
    }

    /** Closes the connection: close_notify, then FIN. */
    public void close() {
        tls.close();
    }
}
