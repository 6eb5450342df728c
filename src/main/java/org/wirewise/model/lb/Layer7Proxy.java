package org.wirewise.model.lb;

import java.net.Inet4Address;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Process;
import org.wirewise.model.tcp.TcpConfig;
import org.wirewise.model.tcp.TcpSocket;
import org.wirewise.model.tcp.TcpStack;
import org.wirewise.model.tcp.TcpTuning;

/**
 * A layer-7 load balancer (a reverse proxy such as NGINX or HAProxy) as a process on its host: it
 * listens on the service port with the host's real TCP, so each client's handshake ends at the
 * proxy; it opens what the client sends (TLS terminated), waits for the whole HTTP request, picks
 * a backend by path, cookie and algorithm, opens its own connection to that backend, sends the
 * request on with X-Forwarded-For and X-Forwarded-Proto (RFC 7239 §1 describes both), and relays
 * the response back, sealed again. It closes its backend connection once the response is in.
 */
public final class Layer7Proxy extends Process {

    /** A request the proxy has read, and where it chose to send it. */
    public record Request(Inet4Address client, int clientPort, HttpHead head, int plainLength,
                          BackendPicker.Choice choice, Packet carrier) {
    }

    /** What the proxy did, for the lesson that narrates it. */
    public interface Listener {
        /** The whole request arrived (in {@code carrier}) and a backend was chosen. */
        default void read(Request request) {
        }

        /** The request went out on the proxy's own connection to the backend. */
        default void forwarded(Request request, byte[] proxied) {
        }
    }

    private final int port;
    private final List<Layer4Balancer.Target> backends;
    private final BackendPicker picker;
    private final Sealing sealing;
    private final TcpConfig config;
    private Listener listener = new Listener() { };

    public Layer7Proxy(HostNode host, String name, int port, List<Layer4Balancer.Target> backends,
                       BackendPicker picker, Sealing sealing, TcpConfig config) {
        super(host, name);
        this.port = port;
        this.backends = List.copyOf(backends);
        this.picker = Objects.requireNonNull(picker);
        this.sealing = Objects.requireNonNull(sealing);
        this.config = Objects.requireNonNull(config);
    }

    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    @Override
    protected void onStart() {
        TcpStack.of(host()).listen(port, config.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accepted);
    }

    private void accepted(TcpSocket socket) {
        new Connection(socket, host().network(), new Connection.Handler() {
            private boolean taken;

            @Override
            public void data(Connection c, byte[] received, Packet carrier) {
                Optional<byte[]> plain = sealing.open(received);
                Optional<HttpHead> head = plain.flatMap(HttpHead::complete);
                if (taken || head.isEmpty()) {
                    return;
                }
                taken = true;
                choose(c, plain.get(), head.get(), carrier);
            }

            @Override
            public void peerClosed(Connection c) {
                c.close();
            }
        });
    }

    private void choose(Connection client, byte[] plain, HttpHead head, Packet carrier) {
        TcpSocket s = client.socket();
        Inet4Address from = (Inet4Address) s.remoteAddress();
        BackendPicker.Choice choice = picker.choose(new BackendPicker.Ask(from, s.endpoint().remotePort(),
                (Inet4Address) s.localAddress(), port, head.target(), cookie(head)));
        Request request = new Request(from, s.endpoint().remotePort(), head, plain.length, choice, carrier);
        listener.read(request);
        byte[] proxied = head.withFields(plain, List.of("X-Forwarded-For: " + from.getHostAddress(),
                "X-Forwarded-Proto: " + (sealing.encrypts() ? "https" : "http")));
        TcpStack tcp = TcpStack.of(host());
        TcpSocket upstream = tcp.open(tcp.ephemeralPort(), config, TcpTuning.DEFAULTS);
        Layer4Balancer.Target target = backends.get(choice.backend());
        new Connection(upstream, host().network(), new Connection.Handler() {
            private boolean relayed;

            @Override
            public void opened(Connection c) {
                c.write(proxied);
                listener.forwarded(request, proxied);
            }

            @Override
            public void data(Connection c, byte[] received, Packet carrier) {
                if (!relayed && HttpHead.complete(received).isPresent()) {
                    relayed = true;
                    client.write(sealing.seal(received));
                    c.close();
                }
            }
        });
        upstream.connect(target.address(), target.port());
    }

    /** The session cookie a sticky balancer keys on: the whole Cookie field, or "" when there is none. */
    private static String cookie(HttpHead head) {
        return head.field("Cookie").orElse("");
    }
}
