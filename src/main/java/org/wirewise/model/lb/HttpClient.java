package org.wirewise.model.lb;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.util.Objects;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * A browser-like client: each fetch opens a new connection from an ephemeral port, sends one
 * request once the handshake completes, reads the whole response and closes (HTTP/1.1 without
 * keep-alive), then says it is done.
 */
public final class HttpClient extends Process {

    private final Sealing sealing;
    private final TcpConfig config;

    public HttpClient(HostNode host, String name, Sealing sealing, TcpConfig config) {
        super(host, name);
        this.sealing = Objects.requireNonNull(sealing);
        this.config = Objects.requireNonNull(config);
    }

    @Override
    protected void onStart() {
    }

    /** Sends {@code request} to {@code server}:{@code port} on a new connection; returns its local port. */
    public int fetch(Inet4Address server, int port, byte[] request, Runnable done) {
        TcpStack tcp = TcpStack.of(host());
        TcpSocket socket = tcp.open(tcp.ephemeralPort(), config, TcpTuning.DEFAULTS);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean[] finished = new boolean[1];
        socket.onConnected(() -> socket.write(sealing.seal(request))).onData(bytes -> {
            received.writeBytes(bytes);
            if (!finished[0] && sealing.open(received.toByteArray()).flatMap(HttpHead::complete).isPresent()) {
                finished[0] = true;
                socket.close();
                done.run();
            }
        });
        socket.connect(server, port);
        return socket.localPort();
    }
}
