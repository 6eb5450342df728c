package org.wirewise.model.lb;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

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
                          BackendPicker.Choice choice) {
    }

    /** What the proxy did, for the lesson that narrates it. */
    public interface Listener {
        /** The whole request arrived and a backend was chosen (the sticky key is the whole Cookie field). */
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

    private void accepted(TcpSocket client) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean[] taken = new boolean[1];
        client.onData(bytes -> {
            received.writeBytes(bytes);
            Optional<byte[]> plain = sealing.open(received.toByteArray());
            Optional<HttpHead> head = plain.flatMap(HttpHead::complete);
            if (!taken[0] && head.isPresent()) {
                taken[0] = true;
                choose(client, plain.get(), head.get());
            }
        }).onPeerClosed(() -> after(0, client::close));
    }

    private void choose(TcpSocket client, byte[] plain, HttpHead head) {
        Inet4Address from = (Inet4Address) client.remoteAddress();
        int fromPort = client.endpoint().remotePort();
        BackendPicker.Choice choice = picker.choose(new BackendPicker.Ask(from, fromPort,
                (Inet4Address) client.localAddress(), port, head.target(), head.field("Cookie").orElse("")));
        Request request = new Request(from, fromPort, head, plain.length, choice);
        listener.read(request);
        byte[] proxied = head.withFields(plain, List.of("X-Forwarded-For: " + from.getHostAddress(),
                "X-Forwarded-Proto: " + (sealing.encrypts() ? "https" : "http")));
        TcpStack tcp = TcpStack.of(host());
        TcpSocket upstream = tcp.open(tcp.ephemeralPort(), config, TcpTuning.DEFAULTS);
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        boolean[] relayed = new boolean[1];
        upstream.onConnected(() -> {
            upstream.write(proxied);
            listener.forwarded(request, proxied);
        }).onData(bytes -> {
            response.writeBytes(bytes);
            if (!relayed[0] && HttpHead.complete(response.toByteArray()).isPresent()) {
                relayed[0] = true;
                client.write(sealing.seal(response.toByteArray()));
                upstream.close(); // the proxy closes first: its side holds TIME-WAIT, as NGINX's does
            }
        });
        Layer4Balancer.Target target = backends.get(choice.backend());
        upstream.connect(target.address(), target.port());
    }

}
