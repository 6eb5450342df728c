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
 * the user's TCP connection, reads the upgrade request's header section, picks a server (by a hash
 * of the user's address over the servers in service, or by the cookie it set on an earlier 101,
 * inserting a new one round robin when the request names no server in service), opens its own
 * connection there, passes the request on (adding X-Forwarded-For) and from then on copies bytes
 * both ways for as long as
 * either side keeps the connection. A server that does not answer a connect within
 * {@link #CONNECT_TIMEOUT} is marked down (a passive health check) and the pick is made again.
 */
final class WsProxy {

    static final int PORT = 80;
    /** An assumption of this lesson: HAProxy's "timeout connect" is often set to a few seconds, nginx's default is 60 s. */
    static final long CONNECT_TIMEOUT = SimTime.seconds(1);

    /** How a server was chosen: by the address hash, by the cookie the request named, or round robin with a new cookie. */
    enum How { HASH, COOKIE, NEW_COOKIE }

    /**
     * One choice.
     *
     * @param number the address hash (HASH), or the round robin turn (NEW_COOKIE), or -1
     */
    record Pick(How how, long number, List<Integer> inService, int server) {
    }

    /** What the proxy did, for the lesson's steps. */
    interface Listener {
        void picked(InetAddress user, Pick pick);

        void markedDown(int server);
    }

    static final String COOKIE = "ws-server";

    private final TcpStack tcp;
    private final List<InetAddress> servers;
    private final int serverPort;
    private final List<Integer> inService = new ArrayList<>();
    private final Listener listener;
    private final ScalingScenario.Stickiness stickiness;
    private int turn;

    WsProxy(TcpStack tcp, List<InetAddress> servers, int serverPort, ScalingScenario.Stickiness stickiness,
            Listener listener) {
        this.tcp = tcp;
        this.stickiness = stickiness;
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
        return withField(head, end, "X-Forwarded-For: " + user.getHostAddress());
    }

    /** A header section ending at {@code end} (its blank line) with one more field line before the blank line. */
    private static byte[] withField(byte[] head, int end, String line) {
        byte[] field = ("\r\n" + line).getBytes(StandardCharsets.ISO_8859_1);
        return concat(concat(Arrays.copyOf(head, end), field), Arrays.copyOfRange(head, end, head.length));
    }

    /** The server a request's Cookie names ("ws-server=ws-2" → 1), or -1. */
    private static int cookieIn(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\r\nCookie: ");
        if (at < 0) {
            return -1;
        }
        String line = text.substring(at + 10, text.indexOf("\r\n", at + 2));
        int value = line.indexOf(COOKIE + "=ws-");
        if (value < 0) {
            return -1;
        }
        String digits = line.substring(value + COOKIE.length() + 4).replaceAll("[^0-9].*", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits) - 1;
    }

    private Pick pick(InetAddress user, byte[] request) {
        List<Integer> pool = inService();
        if (stickiness == ScalingScenario.Stickiness.IP_HASH) {
            long h = hash(user);
            return new Pick(How.HASH, h, pool, pool.get((int) (h % pool.size())));
        }
        int named = cookieIn(request);
        if (pool.contains(named)) {
            return new Pick(How.COOKIE, -1, pool, named);
        }
        turn++;
        return new Pick(How.NEW_COOKIE, turn, pool, pool.get((turn - 1) % pool.size()));
    }

    private void connect(TcpSocket user, byte[] request) {
        if (inService.isEmpty() || user.endpoint().state() != TcpState.ESTABLISHED) {
            closeQuietly(user);
            return;
        }
        Pick pick = pick(user.remoteAddress(), request);
        int server = pick.server();
        listener.picked(user.remoteAddress(), pick);
        TcpSocket up = tcp.open(tcp.ephemeralPort(), ScalingNetwork.TCP, TcpTuning.DEFAULTS);
        up.onConnected(() -> {
            up.write(request);
            user.onData(up::write);
        });
        if (pick.how() == How.NEW_COOKIE) {
            // cookie insertion, as HAProxy's "cookie ... insert": the 101 gains a Set-Cookie naming the server
            byte[][] head = {new byte[0]};
            up.onData(bytes -> {
                if (head[0] == null) {
                    user.write(bytes);
                    return;
                }
                head[0] = concat(head[0], bytes);
                int end = new String(head[0], StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
                if (end >= 0) {
                    user.write(withField(head[0], end, "Set-Cookie: " + COOKIE + "=" + ScalingNetwork.serverName(server)
                            + "; Path=/; HttpOnly"));
                    head[0] = null;
                }
            });
        } else {
            up.onData(user::write);
        }
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
