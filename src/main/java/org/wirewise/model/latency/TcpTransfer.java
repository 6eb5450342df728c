package org.wirewise.model.latency;

import java.util.ArrayList;
import java.util.List;
import org.wirewise.model.net.Cable;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Network;
import org.wirewise.model.net.Transmission;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.LossModel;
import org.wirewise.model.transport.TcpConfig;
import org.wirewise.model.transport.TcpSocket;
import org.wirewise.model.transport.TcpStack;
import org.wirewise.model.transport.TcpTuning;

/**
 * One TCP download on the simulated network: a client connects to a server across one cable of a
 * given rate and round-trip time, the server writes {@code bytes} and closes. Everything the
 * bandwidth lessons measure (headers, ACKs, slow start, loss, the window's limit) is read off the
 * transmissions and the client's reads, not computed.
 */
public final class TcpTransfer {

    public static final String CLIENT = "client";
    public static final String SERVER = "server";
    static final int PORT = 80;

    /**
     * @param windowScaling  whether both ends offer window scaling (RFC 7323 §2)
     * @param receiveWindow  the client's receive buffer: what it may advertise
     * @param loss           chance that any frame is lost on the wire
     */
    public record Setup(long bitsPerSecond, long rttNanos, long bytes, boolean windowScaling, long receiveWindow,
                        double loss, long seed) {
    }

    /** What the run measured: every transmission and when the client had read how much. */
    public record Result(List<Transmission> wire, long synSent, long lastByteRead, long[] readTimes, long[] readTotals) {
        public Result {
            wire = List.copyOf(wire);
            readTimes = readTimes.clone();
            readTotals = readTotals.clone();
        }
    }

    private TcpTransfer() {
    }

    public static Result run(Setup s) {
        Network net = new Network(s.seed());
        HostNode client = net.host(CLIENT);
        HostNode server = net.host(SERVER);
        client.addInterface("eth0", MacAddress.of("02:00:00:00:00:0a"), "192.0.2.10/24");
        server.addInterface("eth0", MacAddress.of("02:00:00:00:00:50"), "198.51.100.80/24");
        client.route("198.51.100.80/32", client.iface("eth0"));
        server.route("192.0.2.10/32", server.iface("eth0"));
        LossModel loss = s.loss() > 0 ? new LossModel.Random(s.loss()) : LossModel.NONE;
        // A queue of a bandwidth-delay product or more: losses here are the wire's, not a full buffer's.
        int queue = (int) Math.max(1000, s.bitsPerSecond() / 8 * s.rttNanos() / 1_000_000_000L / 1000);
        net.connect(client.iface("eth0"), server.iface("eth0"),
                new Cable.Spec(s.bitsPerSecond(), s.rttNanos() / 2, queue, loss).framing(ComponentsPath.FRAMING));
        List<Transmission> wire = new ArrayList<>();
        net.observe(wire::add);
        // Linux-like ends: MSS 1460 with timestamps and SACK; the client's window from its buffer.
        int shift = s.windowScaling() ? Bdp.shiftFor(s.receiveWindow()) : 0;
        long window = s.windowScaling() ? s.receiveWindow() : Math.min(Bdp.UNSCALED_WINDOW, s.receiveWindow());
        TcpConfig clientConfig = new TcpConfig(TcpConfig.ETHERNET_MSS, s.windowScaling(), shift, true, true, window);
        TcpConfig serverConfig = new TcpConfig(TcpConfig.ETHERNET_MSS, s.windowScaling(), 7, true, true, 65_535);
        TcpTuning tuning = TcpTuning.DEFAULTS.withSendBuffer(Math.max(s.bytes() + 1, TcpTuning.DEFAULTS.sendBuffer()));
        byte[] body = new byte[(int) s.bytes()];
        TcpStack.on(server).listen(PORT, serverConfig, tuning, socket -> {
            socket.write(body);
            socket.close();
        });
        TcpStack clientTcp = TcpStack.on(client);
        TcpSocket socket = clientTcp.open(clientTcp.ephemeralPort(), clientConfig, tuning);
        List<long[]> reads = new ArrayList<>();
        long[] total = {0};
        socket.onData(bytes -> {
            total[0] += bytes.length;
            reads.add(new long[] {net.now(), total[0]});
        });
        socket.onPeerClosed(socket::close);
        socket.connect(org.wirewise.model.net.Host.literal("198.51.100.80"), PORT);
        net.simulation().run();
        long[] times = reads.stream().mapToLong(r -> r[0]).toArray();
        long[] totals = reads.stream().mapToLong(r -> r[1]).toArray();
        if (totals.length == 0 || totals[totals.length - 1] != s.bytes()) {
            throw new IllegalStateException("the transfer did not complete: " + (totals.length == 0 ? 0
                    : totals[totals.length - 1]) + " of " + s.bytes() + " bytes read");
        }
        return new Result(wire, 0, times[times.length - 1], times, totals);
    }

    /**
     * A receive window of twice the bandwidth-delay product (at least 64 KiB), as Linux's buffer
     * autotuning aims for: enough to fill the link, while the queue (a BDP or more) never overflows,
     * so the only losses are the wire's.
     */
    public static long windowFor(long bitsPerSecond, long rttNanos) {
        return Math.max(65_536, 2 * bitsPerSecond / 8 * rttNanos / 1_000_000_000L);
    }
}
