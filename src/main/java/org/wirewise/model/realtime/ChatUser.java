package org.wirewise.model.realtime;

import java.net.InetAddress;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.wirewise.model.http.HttpFields;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.ws.WsCloseCode;
import org.wirewise.model.http.ws.WsConnection;
import org.wirewise.model.http.ws.WsFrame;
import org.wirewise.model.http.ws.WsOpcode;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * A browser tab of the chat: a WebSocket to the proxy that it keeps alive with a ping every
 * {@link #HEARTBEAT} (a dead server never closes anything, so only a missing pong tells), and
 * that it opens again after a close or a missing pong, waiting a full-jitter backoff first.
 */
final class ChatUser {

    static final long HEARTBEAT = SimTime.seconds(4);
    static final long PONG_DEADLINE = SimTime.seconds(2);
    static final Backoff BACKOFF = new Backoff(SimTime.millis(500), SimTime.seconds(30));

    /** What happened to the user's connection, for the lesson's steps. */
    interface Listener {
        void opened(String user, int attempt);

        void closedBy(String user, WsCloseCode code);

        void gaveUp(String user);
    }

    private final String name;
    private final TcpStack tcp;
    private final InetAddress proxy;
    private final RandomGenerator random;
    private final Listener listener;
    private WsConnection ws;
    private int attempt;
    private int generation;
    private boolean pongDue;
    /** The cookie the proxy set on the last 101 ("ws-server=ws-2"), sent back on every reconnect, as a browser does. */
    private String cookie;

    ChatUser(String name, TcpStack tcp, InetAddress proxy, RandomGenerator random, Listener listener) {
        this.name = name;
        this.tcp = tcp;
        this.proxy = proxy;
        this.random = random;
        this.listener = Objects.requireNonNull(listener);
    }

    String name() {
        return name;
    }

    void connect() {
        int mine = ++generation;
        HttpFields extra = cookie == null ? HttpFields.EMPTY : HttpFields.of("Cookie", cookie);
        ws = WsConnection.client(tcp.open(tcp.ephemeralPort(), ScalingNetwork.TCP, TcpTuning.DEFAULTS),
                ScalingNetwork.HOST, ScalingNetwork.path(name), extra, random, new WsConnection.Listener() {
                    @Override
                    public void upgraded(HttpRequest request, HttpResponse response) {
                        response.fields().get("Set-Cookie").ifPresent(c -> cookie = c.split(";", 2)[0]);
                        listener.opened(name, attempt);
                        attempt = 0;
                        heartbeat(mine);
                    }

                    @Override
                    public void frame(WsFrame frame, boolean sent) {
                        if (!sent && frame.opcode() == WsOpcode.PONG) {
                            pongDue = false;
                        }
                    }

                    @Override
                    public void closed(WsCloseCode code, String reason) {
                        if (mine == generation) {
                            listener.closedBy(name, code);
                            reconnectLater();
                        }
                    }
                });
        ws.socket().connect(proxy, WsProxy.PORT);
    }

    void say(String to, String text) {
        ws.sendText("{\"from\":\"" + name + "\",\"to\":\"" + to + "\",\"text\":\"" + text + "\"}");
    }

    private void heartbeat(int mine) {
        tcp.host().network().simulation().schedule(HEARTBEAT, () -> {
            if (mine != generation || ws.state() != WsConnection.State.OPEN) {
                return;
            }
            pongDue = true;
            ws.send(WsFrame.ping(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            tcp.host().network().simulation().schedule(PONG_DEADLINE, () -> {
                if (mine != generation) {
                    return;
                }
                if (pongDue) {
                    listener.gaveUp(name);
                    generation++; // the old connection's late events no longer count
                    WsProxy.closeQuietly(ws.socket());
                    reconnectLater();
                } else {
                    heartbeat(mine);
                }
            });
        });
    }

    private void reconnectLater() {
        long wait = BACKOFF.fullJitter(attempt++, random);
        tcp.host().network().simulation().schedule(wait, this::connect);
    }
}
