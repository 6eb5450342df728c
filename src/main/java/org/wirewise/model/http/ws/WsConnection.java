package org.wirewise.model.http.ws;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.wirewise.model.http.Http1Parser;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpMessage;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpState;

/**
 * One end of a WebSocket connection over a TCP socket: the opening handshake (RFC 6455 §4), then
 * frames both ways. A client masks every frame with a fresh key from its seeded source (§5.3);
 * a ping is answered with a pong (§5.5.2); a close is echoed, and the server then closes TCP
 * first (§7.1.1) so the TIME-WAIT state sits on the server. A protocol error closes with its
 * code (1002, 1007, 1009) and reports it.
 */
public final class WsConnection {

    /** What the connection read and wrote, for a lesson to narrate. */
    public interface Listener {
        default void upgraded(HttpRequest request, HttpResponse response) {
        }

        default void frame(WsFrame frame, boolean sent) {
        }

        default void message(WsMessages.Message message) {
        }

        default void closed(WsCloseCode code, String reason) {
        }

        default void failed(String problem) {
        }
    }

    /** Where the connection stands (§4, §7). */
    public enum State { CONNECTING, OPEN, CLOSING, CLOSED }

    private static final byte[] END_OF_HEADERS = {'\r', '\n', '\r', '\n'};

    private final TcpSocket socket;
    private final WsFrameParser.Sender peer;
    private final RandomGenerator random;
    private final Listener listener;
    private final WsFrameParser frames;
    private final WsMessages messages = new WsMessages();
    private String key;
    private HttpRequest request;
    private byte[] head = new byte[0];
    private State state = State.CONNECTING;
    private boolean closeSent;

    private WsConnection(TcpSocket socket, boolean client, RandomGenerator random, Listener listener) {
        this.socket = Objects.requireNonNull(socket);
        this.peer = client ? WsFrameParser.Sender.SERVER : WsFrameParser.Sender.CLIENT;
        this.random = Objects.requireNonNull(random);
        this.listener = Objects.requireNonNull(listener);
        this.frames = new WsFrameParser(peer);
        socket.onData(this::read).onPeerClosed(this::peerClosed);
    }

    /** A client on {@code socket}: once TCP connects it sends the upgrade for {@code path} on {@code host}. */
    public static WsConnection client(TcpSocket socket, String host, String path, RandomGenerator random, Listener listener) {
        return client(socket, host, path, HttpFields.EMPTY, random, listener);
    }

    /** The same, the upgrade request carrying {@code extra} fields after its own (a Cookie, as a browser sends one). */
    public static WsConnection client(TcpSocket socket, String host, String path, HttpFields extra, RandomGenerator random,
                                      Listener listener) {
        WsConnection c = new WsConnection(socket, true, random, listener);
        socket.onConnected(() -> {
            c.key = WsHandshake.newKey(random);
            HttpRequest r = WsHandshake.request(host, path, c.key);
            for (HttpFields.Field f : extra) {
                r = r.with(f.name(), f.value());
            }
            c.request = r;
            socket.write(c.request.encode());
        });
        return c;
    }

    /** The server end of an accepted socket: it waits for the upgrade request. */
    public static WsConnection server(TcpSocket socket, RandomGenerator random, Listener listener) {
        return new WsConnection(socket, false, random, listener);
    }

    public State state() {
        return state;
    }

    public boolean isClient() {
        return peer == WsFrameParser.Sender.SERVER;
    }

    public TcpSocket socket() {
        return socket;
    }

    /** Sends one frame, masked with a fresh key when this end is the client; the bytes written. */
    public byte[] send(WsFrame frame) {
        if (state != State.OPEN) {
            throw new IllegalStateException("a frame can only be sent on an open connection, this one is " + state);
        }
        WsFrame out = isClient() ? frame.maskedWith(random.nextInt()) : frame;
        byte[] wire = out.encode();
        socket.write(wire);
        listener.frame(out, true);
        if (out.opcode() == WsOpcode.CLOSE) {
            closeSent = true;
            state = State.CLOSING;
        }
        return wire;
    }

    public void sendText(String text) {
        send(WsFrame.text(text));
    }

    /** Sends {@code text} as a message of {@code pieces} frames (§5.4): text, continuations, the last with FIN. */
    public void sendFragmented(String text, int pieces) {
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        if (pieces < 1 || pieces > all.length) {
            throw new IllegalArgumentException("split " + all.length + " bytes into 1 to " + all.length + " frames, not " + pieces);
        }
        for (int i = 0; i < pieces; i++) {
            byte[] part = Arrays.copyOfRange(all, all.length * i / pieces, all.length * (i + 1) / pieces);
            send(new WsFrame(i == pieces - 1, i == 0 ? WsOpcode.TEXT : WsOpcode.CONTINUATION, false, 0, part));
        }
    }

    /** Starts the closing handshake (§7.1.2). */
    public void close(WsCloseCode code, String reason) {
        if (state == State.OPEN) {
            send(WsFrame.close(code, reason));
        }
    }

    private void read(byte[] bytes) {
        if (state == State.CONNECTING) {
            handshake(bytes);
            return;
        }
        if (state == State.CLOSED) {
            return;
        }
        for (WsFrame f : frames.feed(bytes)) {
            receive(f);
        }
        frames.error().ifPresent(this::fail);
    }

    private void receive(WsFrame f) {
        listener.frame(f, false);
        switch (f.opcode()) {
            case PING -> {
                if (state == State.OPEN) {
                    send(WsFrame.pongFor(f));
                }
            }
            case PONG -> { }
            case CLOSE -> closeReceived(f);
            default -> {
                Optional<WsMessages.Message> m = messages.accept(f, 0);
                m.ifPresent(listener::message);
                messages.error().ifPresent(this::fail);
            }
        }
    }

    private void closeReceived(WsFrame f) {
        if (!closeSent) {
            WsCloseCode code = f.closeCode().sendable() ? f.closeCode() : WsCloseCode.NORMAL;
            send(WsFrame.close(code, ""));
        }
        state = State.CLOSED;
        listener.closed(f.closeCode(), f.closeReason());
        if (!isClient()) {
            closeTcp();
        }
    }

    private void fail(WsProtocolError e) {
        listener.failed(e.toString());
        if (state == State.OPEN) {
            send(WsFrame.close(e.code(), ""));
        }
        state = State.CLOSED;
        closeTcp();
    }

    /** Buffers until the header section ends, reads it as HTTP/1.1, and passes any later bytes to the frame parser. */
    private void handshake(byte[] bytes) {
        head = Arrays.copyOf(head, head.length + bytes.length);
        System.arraycopy(bytes, 0, head, head.length - bytes.length, bytes.length);
        int end = indexOf(head, END_OF_HEADERS);
        if (end < 0) {
            return;
        }
        byte[] section = Arrays.copyOf(head, end + 4);
        byte[] rest = Arrays.copyOfRange(head, end + 4, head.length);
        head = new byte[0];
        Http1Parser parser = new Http1Parser(isClient() ? Http1Parser.Reading.RESPONSES : Http1Parser.Reading.REQUESTS);
        List<HttpMessage> read = parser.feed(section);
        if (read.isEmpty()) {
            handshakeFailed(parser.error().map(Object::toString).orElse("an incomplete HTTP message"));
            return;
        }
        if (isClient()) {
            HttpResponse response = (HttpResponse) read.get(0);
            Optional<String> problem = WsHandshake.responseProblem(response, key);
            if (problem.isPresent()) {
                handshakeFailed(problem.get());
                return;
            }
            opened(request, response);
        } else {
            HttpRequest req = (HttpRequest) read.get(0);
            HttpResponse response = WsHandshake.respond(req);
            socket.write(response.encode());
            if (response.status().code() != 101) {
                handshakeFailed(WsHandshake.requestProblem(req).orElseThrow());
                return;
            }
            opened(req, response);
        }
        if (rest.length > 0) {
            read(rest);
        }
    }

    private void opened(HttpRequest req, HttpResponse response) {
        state = State.OPEN;
        listener.upgraded(req, response);
    }

    private void handshakeFailed(String problem) {
        state = State.CLOSED;
        listener.failed(problem);
        closeTcp();
    }

    private void peerClosed() {
        if (state != State.CLOSED) {
            state = State.CLOSED;
            listener.closed(WsCloseCode.of(1006), "the TCP connection closed without a close frame");
        }
        closeTcp();
    }

    private void closeTcp() {
        TcpState s = socket.endpoint().state();
        if (s == TcpState.ESTABLISHED || s == TcpState.CLOSE_WAIT || s == TcpState.SYN_RECEIVED) {
            socket.close();
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
