package org.wirewise.model.realtime;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.http.ws.WsCloseCode;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.Node;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.sim.Link;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.sim.Simulation;
import org.wirewise.model.transport.TcpStack;

/**
 * The network part of the lesson, scripted: the users connect through the proxy; alice writes to
 * bob before the servers share a backbone and again after they subscribe to the broker; the server
 * carol is on is drained and comes back; the server dave is on then dies. It records what crosses
 * the proxy's and the broker's cables, and what the proxy, servers and users report.
 */
final class ScalingRun {

    static final long FIRST_MESSAGE = SimTime.seconds(1);
    static final long BACKBONE = SimTime.millis(1500);
    static final long SECOND_MESSAGE = SimTime.seconds(2);
    static final long DRAIN = SimTime.seconds(3);
    static final long RESTORE = SimTime.millis(5500);
    static final long DEATH = SimTime.seconds(6);
    static final long END = SimTime.seconds(15);
    static final String SENDER = "alice";
    static final String RECIPIENT = "bob";
    static final String DRAINED_USER = "carol";
    static final String DOOMED_USER = "dave";

    /** A packet as it crossed a recorded cable, with the lanes of its source and destination addresses. */
    record Rec(String from, String to, Transmission t) {
        boolean lost() {
            return t.fate() != Link.Fate.DELIVERED;
        }
    }

    /** Something an application or the proxy reported, at a time. */
    record Event(long time, Kind kind, String user, int server, long hash, List<Integer> inService, int code) {
        /** For a pick: how the proxy chose. */
        WsProxy.How how() {
            return WsProxy.How.values()[code];
        }
    }

    enum Kind { PICKED, MARKED_DOWN, LOST, PUBLISHED, DELIVERED, RELAYED, OPENED, CLOSED, GAVE_UP, DRAINED, RESTORED, DIED }

    final ScalingNetwork net;
    final List<Rec> recs = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final WsProxy proxy;
    final List<ChatServer> servers = new ArrayList<>();
    final List<ChatUser> users = new ArrayList<>();
    private InetAddress dead;

    ScalingRun(ScalingScenario s) {
        net = new ScalingNetwork(s.servers(), s.seed());
        Simulation sim = net.network.simulation();
        List<InetAddress> addresses = new ArrayList<>();
        for (int i = 0; i < s.servers(); i++) {
            addresses.add(ScalingNetwork.serverAddress(i));
            servers.add(new ChatServer(i, TcpStack.of(net.servers.get(i)), net.network.stream("ws-server " + i), serverEvents()));
        }
        proxy = new WsProxy(TcpStack.of(net.proxyHost), addresses, ChatServer.PORT, s.stickiness(), new WsProxy.Listener() {
            @Override
            public void picked(InetAddress user, WsProxy.Pick pick) {
                // hash: the address hash or the round robin turn; code: how the server was chosen
                add(Kind.PICKED, userAt(user), pick.server(), pick.number(), pick.inService(), pick.how().ordinal());
            }

            @Override
            public void markedDown(int server) {
                add(Kind.MARKED_DOWN, "", server, 0, proxy.inService(), 0);
            }
        });
        new Broker(TcpStack.of(net.brokerHost));
        for (int i = 0; i < ScalingNetwork.USERS.size(); i++) {
            String name = ScalingNetwork.USERS.get(i);
            ChatUser u = new ChatUser(name, TcpStack.of(net.users.get(i)), ScalingNetwork.PUBLIC,
                    net.network.stream("user " + name), userEvents());
            users.add(u);
            sim.at(SimTime.millis(100L * i), u::connect);
        }
        net.network.observe(this::record);
        net.network.onSend((node, packet) -> {
            Datagram d = Datagram.of(packet.frame());
            if (dead != null && (dead.equals(d.source()) || dead.equals(d.destination()))) {
                packet.loseInTransit();
            }
        });
        sim.at(FIRST_MESSAGE, () -> user(SENDER).say(RECIPIENT, "Lunch at one?"));
        sim.at(BACKBONE, () -> servers.forEach(c -> c.joinBackbone(ScalingNetwork.BROKER)));
        sim.at(SECOND_MESSAGE, () -> user(SENDER).say(RECIPIENT, "Lunch at one? (again)"));
        sim.at(DRAIN, () -> {
            int k = serverOf(DRAINED_USER);
            add(Kind.DRAINED, DRAINED_USER, k, 0, List.of(), 0);
            proxy.remove(k);
            servers.get(k).drain();
        });
        sim.at(RESTORE, () -> {
            int k = events.stream().filter(e -> e.kind() == Kind.DRAINED).findFirst().orElseThrow().server();
            proxy.restore(k);
            add(Kind.RESTORED, "", k, 0, proxy.inService(), 0);
        });
        sim.at(DEATH, () -> {
            int k = serverOf(DOOMED_USER);
            dead = ScalingNetwork.serverAddress(k);
            add(Kind.DIED, DOOMED_USER, k, 0, List.of(), 0);
        });
        sim.runUntil(END);
    }

    private ChatUser user(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    /** The server a user's latest connection went to (from the proxy's picks). */
    int serverOf(String user) {
        int server = -1;
        for (Event e : events) {
            if (e.kind() == Kind.PICKED && e.user().equals(user)) {
                server = e.server();
            }
        }
        return server;
    }

    /** The server the proxy first gave {@code user}. */
    int serverOfFirst(String user) {
        return events.stream().filter(e -> e.kind() == Kind.PICKED && e.user().equals(user))
                .mapToInt(Event::server).findFirst().orElse(-1);
    }

    private static String userAt(InetAddress address) {
        return ScalingNetwork.USERS.get(ScalingNetwork.USER_ADDRESSES.indexOf(address.getHostAddress()));
    }

    private void add(Kind kind, String user, int server, long hash, List<Integer> inService, int code) {
        events.add(new Event(net.network.now(), kind, user, server, hash, List.copyOf(inService), code));
    }

    private ChatServer.Listener serverEvents() {
        return new ChatServer.Listener() {
            @Override
            public void lost(int server, String to) {
                add(Kind.LOST, to, server, 0, List.of(), 0);
            }

            @Override
            public void published(int server, String to) {
                add(Kind.PUBLISHED, to, server, 0, List.of(), 0);
            }

            @Override
            public void delivered(int server, String to, boolean viaBroker) {
                add(viaBroker ? Kind.RELAYED : Kind.DELIVERED, to, server, 0, List.of(), 0);
            }
        };
    }

    private ChatUser.Listener userEvents() {
        return new ChatUser.Listener() {
            @Override
            public void opened(String user, int attempt) {
                add(Kind.OPENED, user, serverOf(user), 0, List.of(), attempt);
            }

            @Override
            public void closedBy(String user, WsCloseCode code) {
                add(Kind.CLOSED, user, serverOf(user), 0, List.of(), code.code());
            }

            @Override
            public void gaveUp(String user) {
                add(Kind.GAVE_UP, user, serverOf(user), 0, List.of(), 0);
            }
        };
    }

    /** What crosses a cable of the proxy or the broker, each packet once per such cable. */
    private void record(Transmission t) {
        Node a = t.from().node();
        Node b = t.to().node();
        Datagram d = Datagram.of(t.packet().frame());
        // sent by the proxy or broker, or addressed to them: not a copy the switch flooded past them
        boolean watched = a == net.proxyHost || a == net.brokerHost
                || (b == net.proxyHost || b == net.brokerHost) && lane(d.destination()).equals(b.name());
        if (watched && d.ipv4()) {
            recs.add(new Rec(lane(d.source()), lane(d.destination()), t));
        }
    }

    static String lane(InetAddress address) {
        if (ScalingNetwork.USER_ADDRESSES.contains(address.getHostAddress())) {
            return ScalingSimulator.USERS;
        }
        if (address.equals(ScalingNetwork.BROKER)) {
            return ScalingSimulator.BROKER;
        }
        for (int i = 0; i < ScalingScenario.MAX_SERVERS; i++) {
            if (address.equals(ScalingNetwork.serverAddress(i))) {
                return ScalingNetwork.serverName(i);
            }
        }
        return ScalingSimulator.PROXY;
    }
}
