package org.wirewise.model.journey.region;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.dns.DnsWire;
import org.wirewise.model.journey.region.RegionBoard.UserRow;
import org.wirewise.model.journey.region.RegionMapFact.UserStatus;
import org.wirewise.model.lb.HttpServer;
import org.wirewise.model.lb.Sealing;
import org.wirewise.model.net.Datagram;
import org.wirewise.model.net.Node;
import org.wirewise.model.net.Packet;
import org.wirewise.model.sim.SimTime;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

/**
 * The multi-region lesson: users in eight cities, GeoDNS with health checks, three regions behind
 * load balancers, a CDN edge; one region goes dark part-way through. Every process runs on the
 * network and reports what it did; steps are recorded as it happens, so their order is time's.
 */
public final class MultiRegionSimulator implements RegionUser.Listener {

    public static final String LESSON_ID = "multi-region";
    public static final TableKey USERS = TableKey.of("users");
    public static final TableKey REGIONS = TableKey.of("regions");
    public static final TableKey DETAIL = TableKey.of("detail");
    /** The user whose write goes to the primary: in Tokyo, far from us-east. */
    static final String WRITER = RegionNetwork.laneOf("Tokyo");
    /** Users' first visits are spread over the first TTL, at most this long. */
    static final long SPREAD = SimTime.seconds(60);

    private final RegionScenario s;
    private final RegionNetwork net;
    private final Health health;
    private final RegionNarration say;
    private final RegionBoard board;
    private final TraceBuilder trace;
    private final Set<String> lanes = new LinkedHashSet<>();
    private final Map<Region, Fetch.Result> firstRound = new EnumMap<>(Region.class);
    private final Set<Region> answered = java.util.EnumSet.noneOf(Region.class);
    private final Set<String> struck = new LinkedHashSet<>();
    private final long spread;
    private final long failAt;
    private final long end;
    private long withdrawnAt = -1;
    private boolean routedShown;
    private boolean edgeShown;
    private boolean outageShown;

    /** The lesson in English: the language of the command line, the exports and the tests. */
    public static Trace simulate(RegionScenario scenario) {
        return simulate(scenario, java.util.Locale.ENGLISH);
    }

    /** The lesson with every word in {@code language}; packets and bytes are the same in every language. */
    public static Trace simulate(RegionScenario scenario, java.util.Locale language) {
        return new MultiRegionSimulator(scenario, language).run();
    }

    private MultiRegionSimulator(RegionScenario scenario, java.util.Locale language) {
        s = scenario;
        net = new RegionNetwork(scenario.seed());
        health = new Health((int) scenario.failureThreshold());
        say = new RegionNarration(scenario, language);
        board = new RegionBoard(net, say);
        spread = Math.min(SimTime.seconds(scenario.ttlSeconds()), SPREAD);
        failAt = spread + RegionUser.VISIT_EVERY + SimTime.seconds(3);
        long interval = SimTime.seconds(scenario.checkIntervalSeconds());
        end = failAt + (scenario.failureThreshold() + 1) * interval + HealthChecker.DEADLINE
                + SimTime.seconds(scenario.ttlSeconds()) + 2 * RegionUser.VISIT_EVERY;
        List<Lane> laneList = new ArrayList<>();
        net.userCity.forEach((lane, city) -> laneList.add(new Lane(lane, say.city(city), say.userLane())));
        laneList.add(new Lane(RegionNetwork.DNS, "GeoDNS", say.dnsLane()));
        laneList.add(new Lane(RegionNetwork.CDN, say.cdnTitle(), say.cdnLane()));
        for (Region r : Region.values()) {
            laneList.add(new Lane(r.id(), r.id(), say.regionLane(r)));
        }
        laneList.forEach(l -> lanes.add(l.id()));
        trace = new TraceBuilder(LESSON_ID, laneList);
    }

    private Trace run() {
        net.network.observe(t -> {
            String from = t.from().node().name();
            String to = t.to().node().name();
            if (lanes.contains(from) && lanes.contains(to)) {
                byte[] frame = t.packet().frame();
                t.packet().setTraceId(trace.packet(from, to, t.start(), t.arrival(), t.fate(),
                        RegionLabels.of(frame), frame));
            }
        });
        net.network.onSend(this::darkRegion);
        new GeoDnsServer(net.dns, net, health, s.ttlSeconds()).start();
        new HttpServer(net.cdn, "edge", RegionNetwork.PORT, Sealing.PLAIN, RegionNetwork.TCP).start();
        net.apps.forEach((region, hosts) -> hosts.forEach(h -> new RegionApp(h, region).start()));
        new HealthChecker(net.dns, health, SimTime.seconds(s.checkIntervalSeconds()), end, this::checked).start();
        RandomGenerator first = net.network.stream("first-visit");
        net.users.forEach((lane, host) -> {
            RegionUser u = new RegionUser(host, net.dnsAddress.get(lane), net.cdnAddress.get(lane), end, this);
            if (lane.equals(WRITER)) {
                u.writeAt(spread);
            }
            u.startAfter(first.nextLong(spread));
        });
        step(0, say.setupTitle(), say.setup(), -1, Set.of(), null, null, say.setupLinks());
        net.network.simulation().at(failAt, this::fail);
        net.network.simulation().runUntil(end);
        if (!outageShown) {
            outage(end);
        }
        return trace.build();
    }

    /** Once the region has failed nothing reaches it and nothing leaves it: its packets are lost on the wire. */
    private void darkRegion(Node node, Packet packet) {
        if (net.network.now() < failAt) {
            return;
        }
        Region dead = s.failingRegion();
        Datagram d = Datagram.of(packet.frame());
        boolean fromIt = node.name().equals(dead.id()) || node.name().startsWith(dead.id() + "-");
        boolean toIt = d != null && (d.destination().equals(dead.vip())
                || net.inRegion(d.destination(), dead));
        if (fromIt || toIt) {
            packet.loseInTransit();
        }
    }

    private void fail() {
        board.regions.get(s.failingRegion()).up = false;
        board.users.values().stream().filter(u -> u.region == s.failingRegion()).forEach(u -> {
            struck.add(u.lane);
            u.deadAnswerExpiry = u.expiresAt;
        });
        step(failAt, say.failTitle(), say.fail(cities(struck), failAt), -1, struck, null, null, s.failingRegion(),
                List.of());
    }

    private List<String> cities(Set<String> userLanes) {
        return userLanes.stream().map(l -> say.city(board.user(l).city)).toList();
    }

    private void checked(Region r, Fetch.Result result, boolean changed) {
        RegionBoard.RegionRow row = board.regions.get(r);
        row.failuresInARow = health.failuresInARow(r);
        row.serving = health.serving(r);
        long now = net.network.now();
        if (firstRound.size() < Region.values().length) {
            firstRound.put(r, result);
            if (firstRound.size() == Region.values().length) {
                step(now, say.healthTitle(), say.health(firstRound), -1, Set.of(), say.checksTable(firstRound), null,
                        say.healthLinks(), "RFC 9110 §9.3.1");
            }
            return;
        }
        if (r != s.failingRegion() || now < failAt || withdrawnAt >= 0 || result.ok()) {
            return;
        }
        if (changed) {
            withdrawnAt = now;
            step(now, say.withdrawnTitle(), say.withdrawn(now - failAt, heldAnswers(now)), -1, struck, null, null,
                    s.failingRegion(), List.of(), "RFC 1034 §3.6");
        } else {
            step(now, say.checkFailedTitle(row.failuresInARow), say.checkFailed(row.failuresInARow), -1, Set.of(),
                    null, null, s.failingRegion(), List.of());
        }
    }

    /** For the users still sent to the failed region: how long their cached answers run on. */
    private Map<String, Long> heldAnswers(long now) {
        Map<String, Long> held = new java.util.LinkedHashMap<>();
        for (UserRow u : board.users.values()) {
            if (u.region == s.failingRegion()) {
                held.put(say.city(u.city), Math.max(0, u.expiresAt - now));
            }
        }
        return held;
    }

    @Override
    public void looked(RegionUser user, DnsMessage answer, Region region, int packetId) {
        String lane = user.host().name();
        UserRow u = board.user(lane);
        Region before = u.region;
        u.region = region;
        if (region != before) {
            u.rtt = -1; // measured again on the first page from the new region
        }
        u.expiresAt = user.expiresAt();
        long now = net.network.now();
        int bytes = DnsWire.encode(answer).length;
        Table detail = say.answerTable(u.city, net.resolverAddress.get(lane), region, answer, bytes);
        if (now < failAt && answered.add(region)) {
            step(now, say.answerTitle(u.city, region), say.answer(u.city, region, bytes), packetId, Set.of(lane),
                    detail, null, say.answerLinks(), "RFC 1035 §4.1", "RFC 7871 §1");
        } else if (now >= failAt && before == s.failingRegion()) {
            if (region == s.failingRegion()) {
                u.deadAnswerExpiry = user.expiresAt();
            }
            step(now, say.relookTitle(u.city, region), say.relook(u.city, region, before), packetId, Set.of(lane),
                    detail, null, say.relookLinks(), "RFC 1035 §3.2.1", "RFC 2181 §8");
        }
    }

    @Override
    public void visited(RegionUser user, RegionUser.Kind kind, Region region, Fetch.Result result) {
        String lane = user.host().name();
        UserRow u = board.user(lane);
        long now = net.network.now();
        if (kind == RegionUser.Kind.STATIC) {
            u.edgeTime = result.duration();
            edgeOnceAllHaveBoth(now);
            return;
        }
        if (!result.ok()) {
            if (u.status != UserStatus.FAILING) {
                u.status = UserStatus.FAILING;
                u.failingSince = result.started();
                step(now, say.failingTitle(u.city), say.failing(u.city, region, u.expiresAt - now), -1, Set.of(lane),
                        null, null, "RFC 6298 §2");
            }
            return;
        }
        u.rtt = result.handshakeRtt();
        boolean recovered = u.status == UserStatus.FAILING;
        u.status = UserStatus.OK;
        if (kind == RegionUser.Kind.WRITE) {
            step(now, say.writeTitle(), say.write(u.city, region, u.pageTime, result.duration()), -1, Set.of(lane),
                    say.writeTable(u.city, region, u.pageTime, result.duration()), region, say.writeLinks(region),
                    "RFC 9293 §3.5");
        } else {
            u.pageTime = result.duration();
        }
        if (!routedShown && board.users.values().stream().allMatch(x -> x.pageTime >= 0)) {
            routedShown = true;
            UserRow far = board.users.values().stream().max(java.util.Comparator.comparingLong(x -> x.rtt)).orElseThrow();
            step(now, say.routedTitle(), say.routed(board.users.values()), -1, Set.of(), null, null,
                    say.routedLinks(far.city, far.region), "RFC 9293 §3.5");
        }
        edgeOnceAllHaveBoth(now);
        if (recovered && struck.contains(lane)) {
            u.recoveredAt = now;
            if (!outageShown && struck.stream().allMatch(l -> board.user(l).recoveredAt >= 0)) {
                outage(now);
            }
        }
    }

    /** The CDN step, once every user has had its script from the edge and a page from its region. */
    private void edgeOnceAllHaveBoth(long now) {
        if (!edgeShown && board.users.values().stream().allMatch(x -> x.edgeTime >= 0 && x.pageTime >= 0)) {
            edgeShown = true;
            step(now, say.edgeTitle(), say.edge(board.users.values()), -1, Set.of(), say.edgeTable(board.users.values()),
                    null, "RFC 9111 §4");
        }
    }

    private void outage(long now) {
        outageShown = true;
        List<RegionNarration.Outage> rows = new ArrayList<>();
        for (String lane : struck) {
            UserRow u = board.user(lane);
            long detection = withdrawnAt < 0 ? -1 : withdrawnAt - failAt;
            long left = withdrawnAt < 0 ? -1 : Math.max(0, u.deadAnswerExpiry - withdrawnAt);
            rows.add(new RegionNarration.Outage(u.city, detection, left,
                    u.recoveredAt < 0 ? -1 : u.recoveredAt - failAt));
        }
        step(now, say.outageTitle(), say.outage(rows), -1, struck, say.outageTable(rows), null, "RFC 1035 §3.2.1");
    }

    private void step(long time, String title, String text, int packet, Set<String> about, Table detail,
                      Region cross, String... references) {
        step(time, title, text, packet, about, detail, cross, null, List.of(), references);
    }

    private void step(long time, String title, String text, int packet, Set<String> about, Table detail,
                      Region cross, List<StepLink> links, String... references) {
        step(time, title, text, packet, about, detail, cross, null, links, references);
    }

    /** {@code region}: the region the step is about (its row is the one highlighted), or null. */
    private void step(long time, String title, String text, int packet, Set<String> about, Table detail,
                      Region cross, Region region, List<StepLink> links, String... references) {
        trace.step(time, title, text, List.of(references), packet, board.snapshot(time, about, detail, cross, region),
                links);
    }
}
