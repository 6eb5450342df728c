package org.wirewise.model.dns;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Response rate limiting as BIND's {@code rate-limit} clause does it: identical responses (same name,
 * type and rcode) to one client prefix (IPv4 /24, IPv6 /56) beyond {@code perSecond} in a second are
 * limited; of the limited ones every {@code slip}-th goes out as a truncated answer (TC set, no records:
 * a real client asks again over TCP, which a spoofed source cannot complete) and the rest are dropped.
 * BIND keeps a credit balance per account; at a steady flood that lets {@code perSecond} through each
 * second, which the one-second windows of the simulated clock here do too.
 */
public final class ResponseRateLimit {

    /** What happens to one response. */
    public enum Verdict { SEND, SLIP, DROP }

    /** No limiting: every response is sent. */
    public static final ResponseRateLimit OFF = new ResponseRateLimit(0, 0);
    private static final long SECOND = 1_000_000_000L;

    private record Account(String prefix, String name, RecordType type, DnsMessage.Rcode rcode) {
    }

    /** Responses counted in the account's current second, and its limited ones so far. */
    private static final class Window {
        long second = -1;
        long count;
        long limited;
    }

    private final int perSecond;
    private final int slip;
    private final Map<Account, Window> accounts = new HashMap<>();
    private long sent;
    private long slipped;
    private long dropped;

    /**
     * @param perSecond identical responses per second per client prefix (BIND's responses-per-second); 0: off
     * @param slip      every slip-th limited response is sent truncated (BIND's default 2); 0: drop them all
     */
    public ResponseRateLimit(int perSecond, int slip) {
        if (perSecond < 0 || slip < 0 || slip > 10) {
            throw new IllegalArgumentException("responses per second at least 0, slip 0 to 10 (as BIND allows)");
        }
        this.perSecond = perSecond;
        this.slip = slip;
    }

    /** Counts {@code reply} to {@code client} at {@code now} (simulated ns) and says whether it goes. */
    public Verdict account(InetAddress client, DnsMessage reply, long now) {
        if (perSecond == 0) {
            sent++;
            return Verdict.SEND;
        }
        Window w = accounts.computeIfAbsent(new Account(prefix(client), reply.question().name(),
                reply.question().type(), reply.rcode()), k -> new Window());
        long second = now / SECOND;
        if (w.second != second) {
            w.second = second;
            w.count = 0;
        }
        if (++w.count <= perSecond) {
            sent++;
            return Verdict.SEND;
        }
        w.limited++;
        if (slip > 0 && w.limited % slip == 0) {
            slipped++;
            return Verdict.SLIP;
        }
        dropped++;
        return Verdict.DROP;
    }

    public long sent() {
        return sent;
    }

    public long slipped() {
        return slipped;
    }

    public long dropped() {
        return dropped;
    }

    /** The client's network as RRL groups it: the first 24 bits of IPv4, the first 56 of IPv6. */
    static String prefix(InetAddress client) {
        byte[] a = client.getAddress();
        byte[] p = Arrays.copyOf(a, client instanceof Inet4Address ? 3 : 7);
        return Arrays.toString(p);
    }
}
