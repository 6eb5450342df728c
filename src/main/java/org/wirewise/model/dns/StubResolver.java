package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.net.HostNode;

/**
 * A client's resolving: the browser's own cache (Chromium's host cache keeps an answer at most
 * 60 s), the operating system's (systemd-resolved honours the TTL), then a query with RD set to the
 * configured recursive resolver (RFC 1123 §6.1.3.1's stub), with EDNS(0) when configured: glibc sends
 * none unless resolv.conf says {@code options edns0}, so its answers over UDP stop at 512 bytes.
 */
public final class StubResolver {

    /** Where an answer came from. */
    public enum Source { BROWSER_CACHE, OS_CACHE, NETWORK }

    /** An answer to a lookup: its code, records (or negative SOA), where it came from, when it started. */
    public record Result(DnsMessage.Question question, DnsMessage.Rcode rcode, List<ResourceRecord> records,
                         Source source, long startedAt, long answeredAt, boolean overTcp, int messageBytes) {
        public Result {
            records = List.copyOf(records);
        }
    }

    /** Chromium's HostCache keeps system-resolver answers for one minute. */
    public static final long BROWSER_CAP_SECONDS = 60;

    private final HostNode host;
    private final InetAddress resolver;
    private final int ednsSize;
    private final DnsClient client;
    private final DnsCache browser;
    private final DnsCache os;
    private boolean dnssecOk;

    /** @param browserCapSeconds how long the browser keeps an answer; 0 for a client without one */
    public StubResolver(HostNode host, InetAddress resolver, int ednsSize, long browserCapSeconds,
                        DnsObserver observer) {
        this.host = host;
        this.resolver = resolver;
        this.ednsSize = ednsSize;
        this.client = new DnsClient(host, observer);
        this.browser = new DnsCache("browser", browserCapSeconds);
        this.os = new DnsCache("os", Long.MAX_VALUE);
    }

    /** On: queries carry EDNS's DO bit, as {@code dig +dnssec} sends, so the answer brings its RRSIGs (RFC 3225). */
    public StubResolver askWithDnssecOk(boolean on) {
        this.dnssecOk = on;
        return this;
    }

    public DnsCache browserCache() {
        return browser;
    }

    public DnsCache osCache() {
        return os;
    }

    /** Looks {@code q} up; {@code then} hears the answer (at once from a cache, else when it arrives). */
    public void lookup(DnsMessage.Question q, Consumer<Result> then) {
        long start = host.network().now();
        for (DnsCache cache : List.of(browser, os)) {
            var hit = cache.answer(q, start);
            if (hit.isPresent()) {
                if (cache == os) {
                    keep(browser, q, hit.get().rcode(), hit.get().records());
                }
                then.accept(new Result(q, hit.get().rcode(), hit.get().records(),
                        cache == browser ? Source.BROWSER_CACHE : Source.OS_CACHE, start, start, false, 0));
                return;
            }
        }
        DnsMessage query = DnsMessage.query(client.nextId(), q, true, ednsSize, dnssecOk && ednsSize > 0);
        client.ask(resolver, query, reply -> {
            DnsMessage m = reply.message();
            List<ResourceRecord> records = m.answers().isEmpty()
                    ? m.authority().stream().filter(r -> r.type() == RecordType.SOA).toList() : m.answers();
            keep(os, q, m.rcode(), records);
            keep(browser, q, m.rcode(), records);
            then.accept(new Result(q, m.rcode(), records, Source.NETWORK, start, host.network().now(),
                    reply.overTcp(), DnsWire.encode(m).length));
        });
    }

    private void keep(DnsCache cache, DnsMessage.Question q, DnsMessage.Rcode rcode, List<ResourceRecord> records) {
        long now = host.network().now();
        boolean negative = rcode != DnsMessage.Rcode.NOERROR || records.stream().allMatch(r -> r.type() == RecordType.SOA);
        if (negative && !records.isEmpty()) {
            cache.putNegative(q, rcode, records.get(0), now);
        } else if (!negative) {
            cache.put(records, now);
        }
    }
}
