package org.wirewise.model.lb;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Packet;
import org.wirewise.model.net.Process;
import org.wirewise.model.tcp.TcpConfig;
import org.wirewise.model.tcp.TcpStack;
import org.wirewise.model.tcp.TcpTuning;

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
        TcpStack.of(host()).listen(port, config.withLinuxListenerWindow(), TcpTuning.DEFAULTS,
                socket -> new Connection(socket, host().network(), new Connection.Handler() {
                    private boolean answered;

                    @Override
                    public void data(Connection c, byte[] received, Packet carrier) {
                        Optional<HttpHead> request = sealing.open(received).flatMap(HttpHead::complete);
                        if (!answered && request.isPresent()) {
                            answered = true;
                            served++;
                            c.write(sealing.seal(response()));
                        }
                    }

                    @Override
                    public void peerClosed(Connection c) {
                        c.close();
                    }
                }));
    }

    private byte[] response() {
        String body = "served by " + host().name() + "\n";
        return ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
    }
}
