package org.wirewise.model.realtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * A pub/sub broker speaking RESP as Redis does (SUBSCRIBE, PUBLISH): it keeps which connections
 * subscribed to which channel, answers a PUBLISH with how many subscribers received it, and pushes
 * {@code message channel payload} to each of them: the fan-out that lets a chat server reach a
 * user connected to another server.
 */
final class Broker {

    static final int PORT = 6379;

    private final Map<String, List<TcpSocket>> subscribers = new LinkedHashMap<>();
    private int published;

    Broker(TcpStack tcp) {
        tcp.listen(PORT, ScalingNetwork.TCP.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accept);
    }

    private void accept(TcpSocket socket) {
        Resp reader = new Resp();
        socket.onData(bytes -> reader.feed(bytes).forEach(command -> run(socket, command)));
        socket.onPeerClosed(() -> {
            subscribers.values().forEach(list -> list.remove(socket));
            socket.close();
        });
    }

    private void run(TcpSocket from, List<String> command) {
        String verb = command.isEmpty() ? "" : command.get(0).toUpperCase(java.util.Locale.ROOT);
        if (verb.equals("SUBSCRIBE") && command.size() == 2) {
            List<TcpSocket> list = subscribers.computeIfAbsent(command.get(1), c -> new ArrayList<>());
            list.add(from);
            from.write(Resp.subscribed(command.get(1), list.size()));
        } else if (verb.equals("PUBLISH") && command.size() == 3) {
            List<TcpSocket> list = subscribers.getOrDefault(command.get(1), List.of());
            published++;
            from.write(Resp.integer(list.size()));
            for (TcpSocket s : list) {
                s.write(Resp.array("message", command.get(1), command.get(2)));
            }
        }
    }

    int published() {
        return published;
    }
}
