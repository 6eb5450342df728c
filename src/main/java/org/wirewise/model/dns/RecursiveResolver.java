package org.wirewise.model.dns;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wirewise.model.net.Host;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.sim.SimTime;

/**
 * A recursive resolver (RFC 1034 §5.3.3): answers clients from its cache, or walks down from the
 * closest servers it knows (the root's, from its hints, when it knows none), caching every referral's
 * NS and glue and every answer for its TTL, negative answers for the SOA's (RFC 2308 §5), and
 * following CNAMEs. Queries upstream go without RD, with EDNS(0) offering {@link #EDNS_SIZE} bytes.
 * An answer's additional records are cached too, as resolvers did before bailiwick checks; with
 * {@link #checkBailiwick(boolean)} on, a record whose name is outside the zone of the server asked
 * is dropped (RFC 5452 §6), so a forged answer for one name cannot plant another. With
 * {@link #validating} it asks with the DO bit, fetches each zone's DNSKEY RRset before asking that zone, keeps
 * the DS RRsets referrals carry, and has the {@link Validation} judge every answer: AD when the chain holds,
 * SERVFAIL when it is bogus (RFC 4035 §4, §5).
 */
public final class RecursiveResolver extends DnsServer {

    /** The DNS Flag Day 2020 default of BIND, Unbound, Knot and PowerDNS: no IP fragmentation. */
    public static final int EDNS_SIZE = 1232;
    /** Upstream queries one client question may cost before the resolver gives up (SERVFAIL). */
    private static final int MAX_QUERIES = 16;

    private final DnsCache cache = new DnsCache("resolver", Long.MAX_VALUE);
    private final DnsClient client;
    private final InetAddress rootHint;
    private boolean bailiwick;
    /** Null: not validating. */
    private Validation validation;
    private long epochAtStart;
    private final SecureStore store = new SecureStore();
    private Verdict lastVerdict;

    /** A zone and the address of one of its servers. */
    private record Server(String zone, InetAddress address) {
    }

    /** One client question being worked on. */
    private final class Resolution {
        final DnsMessage query;
        final Consumer<DnsMessage> send;
        final List<ResourceRecord> chain = new ArrayList<>();
        DnsMessage.Question current;
        String zone = DnsName.ROOT;
        int queries;
        final List<Validation.SignedSet> answerSets = new ArrayList<>();
        final List<Validation.SignedSet> denialSets = new ArrayList<>();

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

    /** On: records from a server outside the zone it serves are dropped, not cached (RFC 5452 §6). */
    public RecursiveResolver checkBailiwick(boolean on) {
        this.bailiwick = on;
        return this;
    }

    /**
     * Validates every answer with {@code judge}; {@code epochAtStart} is the wall-clock second at simulated time
     * zero, since signatures are valid between two absolute times (RFC 4034 §3.1.5).
     */
    public RecursiveResolver validating(Validation judge, long epochAtStart) {
        this.validation = judge;
        this.epochAtStart = epochAtStart;
        return this;
    }

    /** The verdict on the last answer validated, if any. */
    public java.util.Optional<Verdict> lastVerdict() {
        return java.util.Optional.ofNullable(lastVerdict);
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
        Server server = closestServer(r.current.name());
        r.zone = server.zone();
        if (validation != null && store.keys(server.zone(), now()).isEmpty()) {
            // a zone's keys before its answers, as Unbound and BIND fetch them (RFC 4035 §5: each link needs them)
            DnsMessage ask = DnsMessage.query(client.nextId(), new DnsMessage.Question(server.zone(), RecordType.DNSKEY),
                    false, EDNS_SIZE, true);
            client.ask(server.address(), ask, reply -> {
                store.putKeys(server.zone(), reply.message().answers(), now());
                resolve(r);
            });
            return;
        }
        DnsMessage upstream = DnsMessage.query(client.nextId(), r.current, false, EDNS_SIZE, validation != null);
        client.ask(server.address(), upstream, reply -> heard(r, reply.message()));
    }

    private void heard(Resolution r, DnsMessage m) {
        long now = now();
        if (m.rcode() == DnsMessage.Rcode.NOERROR && !m.answers().isEmpty()) {
            cache.put(inZone(r, SecureStore.plain(m.answers())), now);
            cache.put(inZone(r, SecureStore.plain(extras(m))), now);
            List<ResourceRecord> plain = SecureStore.plain(m.answers());
            ResourceRecord last = plain.get(plain.size() - 1);
            r.chain.addAll(m.answers());
            r.answerSets.addAll(Validation.SignedSet.all(m.answers()));
            if (last.type() == RecordType.CNAME && r.current.type() != RecordType.CNAME) {
                // the alias's target is elsewhere: ask for it (RFC 1034 §5.3.3 step 3c)
                r.current = new DnsMessage.Question(((Rdata.Target) last.data()).name(), r.current.type());
                resolve(r);
            } else {
                finish(r, DnsMessage.Rcode.NOERROR, List.of());
            }
        } else if (m.isReferral()) {
            cache.put(inZone(r, SecureStore.plain(extras(m))), now);
            store.putDelegation(m.authority(), now);
            resolve(r);
        } else if (m.authoritative() && (m.rcode() == DnsMessage.Rcode.NXDOMAIN || m.rcode() == DnsMessage.Rcode.NOERROR)) {
            List<ResourceRecord> soa = m.authority().stream().filter(a -> a.type() == RecordType.SOA).toList();
            if (!soa.isEmpty()) {
                cache.putNegative(r.current, m.rcode(), soa.get(0), now);
            }
            r.denialSets.addAll(Validation.SignedSet.all(m.authority()));
            finish(r, m.rcode(), m.authority());
        } else {
            finish(r, DnsMessage.Rcode.SERVFAIL, List.of());
        }
    }

    /** The authority and additional records of {@code m}, without the OPT pseudo-record. */
    private static List<ResourceRecord> extras(DnsMessage m) {
        List<ResourceRecord> all = new ArrayList<>(m.authority());
        m.additional().stream().filter(a -> a.type() != RecordType.OPT).forEach(all::add);
        return all;
    }

    /** With the bailiwick check on, only the records the asked server's zone may speak for. */
    private List<ResourceRecord> inZone(Resolution r, List<ResourceRecord> records) {
        return bailiwick ? records.stream().filter(x -> DnsName.isWithin(x.name(), r.zone)).toList() : records;
    }

    /** The deepest zone whose name server's address is cached; the root's hint when none is. */
    private Server closestServer(String name) {
        for (String n = name; ; n = DnsName.parent(n)) {
            for (ResourceRecord ns : cache.get(n, RecordType.NS, now())) {
                List<ResourceRecord> address = cache.get(((Rdata.Target) ns.data()).name(), RecordType.A, now());
                if (!address.isEmpty()) {
                    return new Server(n, ((Rdata.Address) address.get(0).data()).address());
                }
            }
            if (n.equals(DnsName.ROOT)) {
                return new Server(DnsName.ROOT, rootHint);
            }
        }
    }

    private void finish(Resolution r, DnsMessage.Rcode rcode, List<ResourceRecord> authority) {
        List<ResourceRecord> additional = r.query.ednsSize().isPresent()
                ? List.of(ResourceRecord.opt(EDNS_SIZE, r.query.dnssecOk())) : List.of();
        // RRSIGs and NSECs only to an asker who set DO (RFC 4035 §3.2.1)
        List<ResourceRecord> answers = r.query.dnssecOk() ? r.chain : SecureStore.plain(r.chain);
        List<ResourceRecord> auth = r.query.dnssecOk() ? authority : SecureStore.plain(authority);
        DnsMessage reply = DnsMessage.reply(r.query, false, true, rcode, answers, auth, additional);
        if (validation != null && rcode != DnsMessage.Rcode.SERVFAIL) {
            boolean secure;
            if (r.answerSets.isEmpty() && r.denialSets.isEmpty()) {
                secure = store.isSecure(SecureStore.plain(r.chain)); // all from the cache: as validated then
            } else {
                lastVerdict = validation.judge(store.evidence(r.query.question(), rcode, r.answerSets, r.denialSets,
                        now()), epochAtStart + now() / SimTime.seconds(1));
                secure = lastVerdict.secure();
                observer.validated(host(), r.query.question(), lastVerdict);
                if (secure) {
                    store.markSecure(SecureStore.plain(r.chain));
                } else {
                    // bogus data is not served again from the cache (RFC 4035 §4.5)
                    SecureStore.plain(r.chain).forEach(x -> cache.forget(x.name()));
                    cache.forget(r.query.question().name());
                    reply = DnsMessage.reply(r.query, false, true, DnsMessage.Rcode.SERVFAIL, List.of(), List.of(),
                            additional);
                }
            }
            // AD only to an asker who showed it understands it, with DO or AD in its query (RFC 6840 §5.7)
            reply = reply.withAuthenticData(secure && (r.query.dnssecOk() || r.query.authenticData()));
        }
        r.send.accept(reply);
    }

    /** The root server's address a resolver ships with (named.root). */
    public static InetAddress rootHint() {
        return Host.literal(Zones.ROOT_SERVER);
    }
}
