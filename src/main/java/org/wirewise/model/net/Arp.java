package org.wirewise.model.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wirewise.model.packet.EtherType;
import org.wirewise.model.packet.EthernetFrame;
import org.wirewise.model.packet.MacAddress;

/**
 * One IPv4 node's ARP (RFC 826): its neighbour cache, the frames waiting for an answer, and the
 * requests and replies it puts on the wire. Used when the network {@linkplain
 * Network#resolveWithArp() resolves neighbours on the wire}; otherwise the network's filled table
 * stands in for it.
 *
 * <p>As Linux: an unanswered request is sent again every second (net.ipv4.neigh.*.retrans_time_ms
 * = 1000) and given up after three (mcast_solicit = 3), dropping what waited; the packets waiting
 * for one neighbour are capped at 212,992 bytes (unres_qlen_bytes), the oldest dropped first.
 * Cache entries do not age here: lessons run for seconds, Linux keeps a reachable entry ~30 s.
 */
final class Arp {

    /** ARP request and reply opcodes (RFC 826). */
    static final int REQUEST = 1;
    static final int REPLY = 2;
    static final long RETRANSMIT_NANOS = 1_000_000_000L;
    static final int TRIES = 3;
    static final int QUEUE_BYTES = 212_992;
    /** An ARP packet is 28 bytes; the NIC pads the frame to Ethernet's 60-byte minimum (IEEE 802.3). */
    private static final int PADDED_PAYLOAD = 46;

    /** An ARP message for IPv4 over Ethernet, read from or written to a frame. */
    record Message(int operation, MacAddress senderMac, Inet4Address senderIp, MacAddress targetMac,
                   Inet4Address targetIp) {

        byte[] frame(MacAddress destination) {
            byte[] p = new byte[PADDED_PAYLOAD];
            byte[] head = {0, 1, 8, 0, 6, 4, 0, (byte) operation};
            System.arraycopy(head, 0, p, 0, 8);
            System.arraycopy(senderMac.toBytes(), 0, p, 8, 6);
            System.arraycopy(senderIp.getAddress(), 0, p, 14, 4);
            System.arraycopy(targetMac.toBytes(), 0, p, 18, 6);
            System.arraycopy(targetIp.getAddress(), 0, p, 24, 4);
            return new EthernetFrame(destination, senderMac, EtherType.ARP, p).encode();
        }

        /** The message in an ARP frame for IPv4 over Ethernet, or null. */
        static Message of(byte[] f) {
            if (f.length < 14 + 28 || (f[12] & 0xFF) << 8 != (EtherType.ARP & 0xFF00)
                    || (f[13] & 0xFF) != (EtherType.ARP & 0xFF)
                    || f[14] != 0 || f[15] != 1 || f[16] != 8 || f[17] != 0 || f[18] != 6 || f[19] != 4) {
                return null;
            }
            int op = (f[20] & 0xFF) << 8 | (f[21] & 0xFF);
            try {
                return new Message(op, MacAddress.of(Arrays.copyOfRange(f, 22, 28)),
                        (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(f, 28, 32)),
                        MacAddress.of(Arrays.copyOfRange(f, 32, 38)),
                        (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(f, 38, 42)));
            } catch (UnknownHostException e) {
                return null; // four bytes are always an address
            }
        }
    }

    private record Queued(Function<MacAddress, Packet> frame, int size) {
    }

    /** The frames waiting for one neighbour, and how many bytes they hold. */
    private static final class Waiting {
        final NetInterface out;
        final List<Queued> frames = new ArrayList<>();
        int bytes;

        Waiting(NetInterface out) {
            this.out = out;
        }
    }

    private final IpNode node;
    private final Map<InetAddress, MacAddress> cache = new LinkedHashMap<>();
    private final Map<InetAddress, Waiting> waiting = new HashMap<>();

    Arp(IpNode node) {
        this.node = node;
    }

    Optional<MacAddress> cached(InetAddress address) {
        return Optional.ofNullable(cache.get(address));
    }

    /** The neighbour cache as it stands: address to MAC, in the order learned. */
    Map<InetAddress, MacAddress> entries() {
        return Map.copyOf(cache);
    }

    /**
     * Queues a frame for {@code hop} (built once its MAC is known) and, if no request is out for it,
     * asks. The frame is sent when the reply arrives, or dropped after the last unanswered try.
     */
    void await(NetInterface out, InetAddress hop, Function<MacAddress, Packet> frame, int size) {
        Waiting w = waiting.get(hop);
        boolean ask = w == null;
        if (ask) {
            w = new Waiting(out);
            waiting.put(hop, w);
        }
        w.frames.add(new Queued(frame, size));
        w.bytes += size;
        while (w.bytes > QUEUE_BYTES && w.frames.size() > 1) {
            w.bytes -= w.frames.remove(0).size(); // the oldest goes first, as Linux's unresolved queue
        }
        if (ask) {
            request(hop, w, 1);
        }
    }

    private void request(InetAddress hop, Waiting w, int attempt) {
        Optional<InetAddress> self = w.out.addressLike(hop);
        if (self.isEmpty() || !(hop instanceof Inet4Address target)) {
            waiting.remove(hop);
            return;
        }
        Message m = new Message(REQUEST, w.out.mac(), (Inet4Address) self.get(), MacAddress.of("00:00:00:00:00:00"),
                target);
        node.transmit(w.out, Packet.owning(m.frame(MacAddress.BROADCAST), null));
        node.network().simulation().schedule(RETRANSMIT_NANOS, () -> {
            if (waiting.get(hop) != w) {
                return; // answered
            }
            if (attempt < TRIES) {
                request(hop, w, attempt + 1);
            } else {
                waiting.remove(hop); // no answer: what waited is dropped (a host reports EHOSTUNREACH)
            }
        });
    }

    /** An ARP frame arrived on {@code in}: learn from it, answer a request for our address (RFC 826's algorithm). */
    void receive(NetInterface in, Message m) {
        boolean merged = cache.containsKey(m.senderIp());
        if (merged) {
            cache.put(m.senderIp(), m.senderMac());
        }
        if (!in.owns(m.targetIp())) {
            flush(m.senderIp());
            return;
        }
        if (!merged) {
            cache.put(m.senderIp(), m.senderMac());
        }
        if (m.operation() == REQUEST) {
            Message reply = new Message(REPLY, in.mac(), m.targetIp(), m.senderMac(), m.senderIp());
            node.transmit(in, Packet.owning(reply.frame(m.senderMac()), null));
        }
        flush(m.senderIp());
    }

    private void flush(InetAddress resolved) {
        MacAddress mac = cache.get(resolved);
        Waiting w = mac == null ? null : waiting.remove(resolved);
        if (w == null) {
            return;
        }
        for (Queued q : w.frames) {
            node.transmit(w.out, q.frame().apply(mac));
        }
    }
}
