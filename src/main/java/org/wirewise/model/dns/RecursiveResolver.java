package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;

/**
 * A recursive resolver (RFC 1034 §5.3.3): answers clients from its cache, or walks down from the
 * closest servers it knows (the root's, from its hints, when it knows none), caching every referral's
 * NS and glue and every answer for its TTL, negative answers for the SOA's (RFC 2308 §5), and
 * following CNAMEs. Queries upstream go without RD, with EDNS(0) offering {@link #EDNS_SIZE} bytes.
 */
public final class RecursiveResolver extends DnsServer {

    /** The DNS Flag Day 2020 default of BIND, Unbound, Knot and PowerDNS: no IP fragmentation. */
    public static final int EDNS_SIZE = 1232;
    /** Upstream queries one client question may cost before the resolver gives up (SERVFAIL). */
    private static final int MAX_QUERIES = 16;

    private final DnsCache cache = new DnsCache("resolver", Long.MAX_VALUE);
    private final DnsClient client;
    private final InetAddress rootHint;

    /** One client question being worked on. */
    private final class Resolution {
        final DnsMessage query;
        final Consumer<DnsMessage> send;
        final List<ResourceRecord> chain = new ArrayList<>();
        DnsMessage.Question current;
        int queries;

        Resolution(DnsMessage query, Consumer<DnsMessage> send) {
            this.query = query;
            this.send = send;
            this.current = query.question();
        }
    }

    public RecursiveResolver(HostNode host, InetAddress rootHint, DnsObserver observer) {
        this(host, rootHint, observer, 0);
    }

    /** @param fixedPort every upstream query from this port (0: a random one each, RFC 5452 §9.2) */
    public RecursiveResolver(HostNode host, InetAddress rootHint, DnsObserver observer, int fixedPort) {
        super(host, "resolver", observer);
        this.client = new DnsClient(host, observer, fixedPort);
        this.rootHint = rootHint;
    }

    public DnsCache cache() {
        return cache;
    }

    @Override
    protected void answer(DnsMessage query, InetAddress from, Consumer<DnsMessage> send) {
        Resolution r = new Resolution(query, send);
        if (cache.answer(r.current, now()).isPresent()) {
            observer.answeredFromCache(host(), r.current);
        }
        resolve(r);
    }

    private void resolve(Resolution r) {
        var hit = cache.answer(r.current, now());
        if (hit.isPresent()) {
            if (hit.get().negative()) {
                finish(r, hit.get().rcode(), hit.get().records());
            } else {
                r.chain.addAll(hit.get().records());
                finish(r, DnsMessage.Rcode.NOERROR, List.of());
            }
            return;
        }
        if (++r.queries > MAX_QUERIES) {
            finish(r, DnsMessage.Rcode.SERVFAIL, List.of());
            return;
        }
        InetAddress server = closestServer(r.current.name());
        DnsMessage upstream = DnsMessage.query(client.nextId(), r.current, false, EDNS_SIZE);
        client.ask(server, upstream, reply -> heard(r, reply.message()));
    }

    private void heard(Resolution r, DnsMessage m) {
        long now = now();
        if (m.rcode() == DnsMessage.Rcode.NOERROR && !m.answers().isEmpty()) {
            cache.put(m.answers(), now);
            ResourceRecord last = m.answers().get(m.answers().size() - 1);
            r.chain.addAll(m.answers());
            if (last.type() == RecordType.CNAME && r.current.type() != RecordType.CNAME) {
                // the alias's target is elsewhere: ask for it (RFC 1034 §5.3.3 step 3c)
                r.current = new DnsMessage.Question(((Rdata.Target) last.data()).name(), r.current.type());
                resolve(r);
            } else {
                finish(r, DnsMessage.Rcode.NOERROR, List.of());
            }
        } else if (m.isReferral()) {
            List<ResourceRecord> learnt = new ArrayList<>(m.authority());
            m.additional().stream().filter(a -> a.type() != RecordType.OPT).forEach(learnt::add);
            cache.put(learnt, now);
            resolve(r);
        } else if (m.authoritative() && (m.rcode() == DnsMessage.Rcode.NXDOMAIN || m.rcode() == DnsMessage.Rcode.NOERROR)) {
            List<ResourceRecord> soa = m.authority().stream().filter(a -> a.type() == RecordType.SOA).toList();
            if (!soa.isEmpty()) {
                cache.putNegative(r.current, m.rcode(), soa.get(0), now);
            }
            finish(r, m.rcode(), soa);
        } else {
            finish(r, DnsMessage.Rcode.SERVFAIL, List.of());
        }
    }

    /** The deepest zone whose name server's address is cached; the root's hint when none is. */
    private InetAddress closestServer(String name) {
        for (String n = name; ; n = DnsName.parent(n)) {
            for (ResourceRecord ns : cache.get(n, RecordType.NS, now())) {
                List<ResourceRecord> address = cache.get(((Rdata.Target) ns.data()).name(), RecordType.A, now());
                if (!address.isEmpty()) {
                    return ((Rdata.Address) address.get(0).data()).address();
                }
            }
            if (n.equals(DnsName.ROOT)) {
                return rootHint;
            }
        }
    }

    private void finish(Resolution r, DnsMessage.Rcode rcode, List<ResourceRecord> authority) {
        List<ResourceRecord> additional = r.query.ednsSize().isPresent()
                ? List.of(ResourceRecord.opt(EDNS_SIZE)) : List.of();
        r.send.accept(DnsMessage.reply(r.query, false, true, rcode, r.chain, authority, additional));
    }

    /** The root server's address a resolver ships with (named.root). */
    public static InetAddress rootHint() {
        return Host.literal(Zones.ROOT_SERVER);
    }
}
