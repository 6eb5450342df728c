package org.wirewise.model.realtime;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewise.model.http.HttpRequest;
import org.wirewise.model.http.HttpResponse;
import org.wirewise.model.http.ws.WsCloseCode;
import org.wirewise.model.http.ws.WsConnection;
import org.wirewise.model.http.ws.WsMessages;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * One chat server: it accepts WebSocket connections (the user named in the path's query), keeps
 * them in memory (the state that makes a connection sticky), and delivers a chat message to its
 * recipient when the recipient is connected here. Otherwise it publishes the message to the
 * broker when it has joined the backbone, and the message is lost when it has not.
 */
final class ChatServer {

    static final int PORT = 8080;
    static final String CHANNEL = "chat";
    private static final Pattern TO = Pattern.compile("\"to\":\"([a-z]+)\"");

    /** What the server did with a message, for the lesson's steps. */
    interface Listener {
        void lost(int server, String to);

        void published(int server, String to);

        void delivered(int server, String to, boolean viaBroker);
    }

    private final int index;
    private final TcpStack tcp;
    private final RandomGenerator random;
    private final Listener listener;
    private final Map<String, WsConnection> users = new LinkedHashMap<>();
    private TcpSocket broker;

    ChatServer(int index, TcpStack tcp, RandomGenerator random, Listener listener) {
        this.index = index;
        this.tcp = tcp;
        this.random = random;
        this.listener = listener;
        tcp.listen(PORT, ScalingNetwork.TCP.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accept);
    }

    /** Joins the backbone: one connection to the broker, subscribed to the chat channel. */
    void joinBackbone(InetAddress brokerAddress) {
        broker = tcp.open(tcp.ephemeralPort(), ScalingNetwork.TCP, TcpTuning.DEFAULTS);
        Resp reader = new Resp();
        broker.onConnected(() -> broker.write(Resp.array("SUBSCRIBE", CHANNEL)));
        broker.onData(bytes -> reader.feed(bytes).forEach(this::fromBroker));
        broker.connect(brokerAddress, Broker.PORT);
    }

    /** A graceful shutdown: every user is told 1001 (going away) and reconnects elsewhere. */
    void drain() {
        for (WsConnection c : List.copyOf(users.values())) {
            c.close(WsCloseCode.GOING_AWAY, "server draining");
        }
    }

    List<String> users() {
        return new ArrayList<>(users.keySet());
    }

    private void accept(TcpSocket socket) {
        String[] user = {""};
        WsConnection[] self = new WsConnection[1];
        self[0] = WsConnection.server(socket, random, new WsConnection.Listener() {
            @Override
            public void upgraded(HttpRequest request, HttpResponse response) {
                user[0] = ScalingNetwork.userOf(request.target());
                users.put(user[0], self[0]);
            }

            @Override
            public void message(WsMessages.Message message) {
                route(message.text());
            }

            @Override
            public void closed(WsCloseCode code, String reason) {
                users.remove(user[0], self[0]);
            }
        });
    }

    private void route(String json) {
        Matcher m = TO.matcher(json);
        if (!m.find()) {
            return;
        }
        String to = m.group(1);
        if (deliver(to, json)) {
            listener.delivered(index, to, false);
        } else if (broker != null) {
            broker.write(Resp.array("PUBLISH", CHANNEL, json));
            listener.published(index, to);
        } else {
            listener.lost(index, to);
        }
    }

    private void fromBroker(List<String> value) {
        if (value.size() == 3 && value.get(0).equals("message")) {
            Matcher m = TO.matcher(value.get(2));
            if (m.find() && deliver(m.group(1), value.get(2))) {
                listener.delivered(index, m.group(1), true);
            }
        }
    }

    private boolean deliver(String to, String json) {
        Optional<WsConnection> c = Optional.ofNullable(users.get(to)).filter(w -> w.state() == WsConnection.State.OPEN);
        c.ifPresent(w -> w.sendText(json));
        return c.isPresent();
    }
}
