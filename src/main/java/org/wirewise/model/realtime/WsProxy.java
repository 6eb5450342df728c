package org.wirewise.model.realtime;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpState;
import org.wirewise.model.transport.TcpTuning;

/**
 * A layer-7 proxy in front of the WebSocket servers, as nginx or HAProxy runs one: it terminates
 * the user's TCP connection, reads the upgrade request's header section, picks a server by a hash
 * of the user's address over the servers in service, opens its own connection there, passes the
 * request on (adding X-Forwarded-For) and from then on copies bytes both ways for as long as
 * either side keeps the connection. A server that does not answer a connect within
 * {@link #CONNECT_TIMEOUT} is marked down (a passive health check) and the pick is made again.
 */
final class WsProxy {

    static final int PORT = 80;
    /** An assumption of this lesson: HAProxy's "timeout connect" is often set to a few seconds, nginx's default is 60 s. */
    static final long CONNECT_TIMEOUT = SimTime.seconds(1);

    /** What the proxy did, for the lesson's steps. */
    interface Listener {
        void picked(InetAddress user, long hash, List<Integer> inService, int server);

        void markedDown(int server);
    }

    private final TcpStack tcp;
    private final List<InetAddress> servers;
    private final int serverPort;
    private final List<Integer> inService = new ArrayList<>();
    private final Listener listener;

    WsProxy(TcpStack tcp, List<InetAddress> servers, int serverPort, Listener listener) {
        this.tcp = tcp;
        this.servers = List.copyOf(servers);
        this.serverPort = serverPort;
        this.listener = Objects.requireNonNull(listener);
        for (int i = 0; i < servers.size(); i++) {
            inService.add(i);
        }
        tcp.listen(PORT, ScalingNetwork.TCP.withLinuxListenerWindow(), TcpTuning.DEFAULTS, this::accept);
    }

    /** Takes a server out of the pool (draining or found dead): new connections go elsewhere, open ones stay. */
    void remove(int server) {
        inService.remove(Integer.valueOf(server));
    }

    void restore(int server) {
        if (!inService.contains(server)) {
            inService.add(server);
            inService.sort(null);
        }
    }

    List<Integer> inService() {
        return List.copyOf(inService);
    }

    /** FNV-1a (32 bits) over the address bytes: the same user address always gives the same number. */
    static long hash(InetAddress address) {
        long h = 0x811c9dc5L;
        for (byte b : address.getAddress()) {
            h ^= b & 0xFF;
            h = (h * 0x01000193L) & 0xFFFF_FFFFL;
        }
        return h;
    }

    private void accept(TcpSocket user) {
        byte[][] head = {new byte[0]};
        boolean[] tunnelled = {false};
        user.onData(bytes -> {
            if (tunnelled[0]) {
                return;
            }
            head[0] = concat(head[0], bytes);
            int end = new String(head[0], StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            if (end >= 0) {
                tunnelled[0] = true;
                connect(user, forwarded(head[0], end, user.remoteAddress()));
            }
        });
        user.onPeerClosed(() -> closeQuietly(user));
    }

    /** The request with X-Forwarded-For added to its header section (the server would otherwise see only the proxy). */
    private static byte[] forwarded(byte[] head, int end, InetAddress user) {
        byte[] field = ("\r\nX-Forwarded-For: " + user.getHostAddress()).getBytes(StandardCharsets.ISO_8859_1);
        return concat(concat(Arrays.copyOf(head, end), field), Arrays.copyOfRange(head, end, head.length));
    }

    private void connect(TcpSocket user, byte[] request) {
        if (inService.isEmpty() || user.endpoint().state() != TcpState.ESTABLISHED) {
            closeQuietly(user);
            return;
        }
        long h = hash(user.remoteAddress());
        int server = inService.get((int) (h % inService.size()));
        listener.picked(user.remoteAddress(), h, inService(), server);
        TcpSocket up = tcp.open(tcp.ephemeralPort(), ScalingNetwork.TCP, TcpTuning.DEFAULTS);
        up.onConnected(() -> {
            up.write(request);
            user.onData(up::write);
        });
        up.onData(user::write);
        up.onPeerClosed(() -> {
            closeQuietly(user);
            closeQuietly(up);
        });
        user.onPeerClosed(() -> {
            closeQuietly(up);
            closeQuietly(user);
        });
        up.connect(servers.get(server), serverPort);
        tcp.host().network().simulation().schedule(CONNECT_TIMEOUT, () -> {
            if (up.endpoint().state() == TcpState.SYN_SENT) {
                up.close();
                remove(server);
                listener.markedDown(server);
                connect(user, request);
            }
        });
    }

    static void closeQuietly(TcpSocket s) {
        TcpState st = s.endpoint().state();
        if (st == TcpState.ESTABLISHED || st == TcpState.CLOSE_WAIT || st == TcpState.SYN_RECEIVED
                || st == TcpState.SYN_SENT) {
            s.close();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
