package org.wirewise.model.lb;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * A backend web server: listens on a port, reads each whole request and answers 200 with a short
 * text body naming itself, then closes when the peer does. Counts what it served.
 */
public final class HttpServer extends Process {

    private final int port;
    private final Sealing sealing;
    private final TcpConfig config;
    private int served;

    public HttpServer(HostNode host, String name, int port, Sealing sealing, TcpConfig config) {
        super(host, name);
        this.port = port;
        this.sealing = Objects.requireNonNull(sealing);
        this.config = Objects.requireNonNull(config);
    }

    /** Requests answered so far. */
    public int served() {
        return served;
    }

    @Override
    protected void onStart() {
        TcpStack.of(host()).listen(port, config.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accepted);
    }

    private void accepted(TcpSocket socket) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean[] answered = new boolean[1];
        socket.onData(bytes -> {
            received.writeBytes(bytes);
            if (!answered[0] && sealing.open(received.toByteArray()).flatMap(HttpHead::complete).isPresent()) {
                answered[0] = true;
                served++;
                socket.write(sealing.seal(response()));
            }
        }).onPeerClosed(() -> after(0, socket::close));
    }

    private byte[] response() {
        String body = "served by " + host().name() + "\n";
        return ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
    }
}
