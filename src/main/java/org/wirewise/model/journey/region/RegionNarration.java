package org.wirewise.model.journey.region;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewise.model.dns.DnsMessage;
import org.wirewise.model.journey.region.RegionBoard.UserRow;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.Fibre;
import org.wirewise.model.latency.GreatCircle;
import org.wirewise.model.latency.LatencyText;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Table;

/** Every sentence of the multi-region lesson, with the numbers the run measured. */
final class RegionNarration {

    /** One struck user's outage: detection, the TTL its answer still had then, and what it lived through. */
    record Outage(City city, long detection, long ttlLeft, long measured) {
        long predicted() {
            return detection + ttlLeft;
        }
    }

    private final RegionScenario s;

    RegionNarration(RegionScenario s) {
        this.s = s;
    }

    private String ttl() {
        return s.ttlSeconds() + " s";
    }

    private String dead() {
        return s.failingRegion().id();
    }

    String userLane() {
        return "user + ISP resolver";
    }

    String dnsLane() {
        return "anycast name server, health checker";
    }

    String cdnLane() {
        return "anycast, in every user's metro";
    }

    String regionLane(Region r) {
        return r.city().name() + ": load balancer, 2 app servers";
    }

    String setupTitle() {
        return "Three regions, eight users";
    }

    String setup() {
        return "The shop runs in three regions: " + String.join(", ", java.util.Arrays.stream(Region.values())
                .map(r -> r.id() + " (" + r.city().name() + ")").toList()) + ", each a layer-4 load balancer with two "
                + "app servers behind it; " + Region.PRIMARY.id() + " holds the primary database, the others read-only "
                + "replicas. Eight users open " + GeoDnsServer.NAME + "; their ISPs' resolvers ask the shop's GeoDNS "
                + "service, which answers each with the region nearest to it. A CDN edge in every user's metro serves "
                + "static files. Each wire's delay is light in fibre (" + String.format(Locale.ROOT, "%,.0f",
                Fibre.KM_PER_SECOND) + " km/s) along the great circle × " + LatencyText.factor(RegionNetwork.ROUTE_FACTOR)
                + " (the latency map's route factor), plus " + RegionText.ms(RegionNetwork.METRO) + " across each metro.";
    }

    String healthTitle() {
        return "Health checks every " + s.checkIntervalSeconds() + " s";
    }

    String health(Map<Region, Fetch.Result> round) {
        return "Every " + s.checkIntervalSeconds() + " s the DNS service's checker sends each region's address GET "
                + "/health on a new connection and waits up to " + RegionText.s(HealthChecker.DEADLINE) + ". All three "
                + "answered: " + String.join(", ", round.entrySet().stream().map(e -> e.getKey().id() + " in "
                + RegionText.ms(e.getValue().duration())).toList()) + ". A region that fails " + s.failureThreshold()
                + " checks in a row is withdrawn: GeoDNS stops handing out its address. (Route 53 checks every 10 or 30 s, "
                + "with a threshold of 1 to 10, 3 by default.)";
    }

    Table checksTable(Map<Region, Fetch.Result> round) {
        List<Table.Row> rows = new ArrayList<>();
        round.forEach((r, result) -> rows.add(new Table.Row(List.of(r.id(), "GET /health",
                result.ok() ? "200 OK" : "no answer", RegionText.ms(result.duration())), true)));
        return new Table(MultiRegionSimulator.DETAIL, "The first round of checks", List.of("Region", "Probe", "Result",
                "Took"), rows);
    }

    String answerTitle(City city, Region region) {
        return "GeoDNS sends " + city.name() + " to " + region.id();
    }

    String answer(City city, Region region, int bytes) {
        return city.name() + "'s resolver asks for " + GeoDnsServer.NAME + " A. GeoDNS never sees the user, only the "
                + "resolver's address, which its geo-IP table places in " + city.name() + " (a resolver elsewhere would "
                + "need EDNS Client Subnet, RFC 7871). By the fibre model the round trips are " + rtts(city)
                + ", so it answers " + region.vip().getHostAddress() + " (" + region.id() + ") with a TTL of " + ttl()
                + ": a " + bytes + "-byte message. The resolver may answer from its cache for " + ttl()
                + " without asking again.";
    }

    private static String rtts(City city) {
        return String.join(", ", java.util.Arrays.stream(Region.values()).map(r -> r.id() + " "
                + RegionText.ms(GeoDnsServer.rtt(city, r))).toList());
    }

    Table answerTable(City city, Inet4Address resolver, Region region, DnsMessage answer, int bytes) {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of("Resolver", resolver.getHostAddress() + ", " + city.name()));
        for (Region r : Region.values()) {
            rows.add(new Table.Row(List.of("RTT to " + r.id(), RegionText.ms(GeoDnsServer.rtt(city, r))), r == region));
        }
        rows.add(Table.Row.of("Question", answer.question().toString()));
        answer.answers().forEach(a -> rows.add(new Table.Row(List.of("Answer", a.data() + ", TTL " + a.ttl() + " s"),
                true)));
        rows.add(Table.Row.of("Message", bytes + " bytes, ID " + answer.id() + ", authoritative"));
        return new Table(MultiRegionSimulator.DETAIL, "GeoDNS's answer", List.of("", ""), rows);
    }

    String routedTitle() {
        return "Every user at its nearest region";
    }

    String routed(Collection<UserRow> users) {
        UserRow far = users.stream().max(Comparator.comparingLong(u -> u.rtt)).orElseThrow();
        UserRow near = users.stream().min(Comparator.comparingLong(u -> u.rtt)).orElseThrow();
        return "Every user's page came from the region its answer named. The RTT column is measured: SYN to SYN-ACK on "
                + "the user's connection; a page on a new connection takes two round trips (the handshake, then the "
                + "request). Nearest: " + near.city.name() + ", " + RegionText.ms(near.rtt) + " from " + near.region.id()
                + "; farthest: " + far.city.name() + ", " + RegionText.ms(far.rtt) + " from " + far.region.id()
                + ", whose page took " + RegionText.ms(far.pageTime) + ".";
    }

    String edgeTitle() {
        return "Static files from the CDN edge";
    }

    String edge(Collection<UserRow> users) {
        UserRow most = users.stream().max(Comparator.comparingLong(u -> u.pageTime - u.edgeTime)).orElseThrow();
        return "The page's script comes from the CDN edge in each user's metro, which keeps a copy: " + most.city.name()
                + " got it in " + RegionText.ms(most.edgeTime) + ", where a fetch from " + most.region.id() + " took "
                + RegionText.ms(most.pageTime) + ". Only a miss at the edge goes back to the region. Dynamic pages and "
                + "writes still travel to a region.";
    }

    Table edgeTable(Collection<UserRow> users) {
        List<Table.Row> rows = new ArrayList<>();
        for (UserRow u : users) {
            rows.add(new Table.Row(List.of(u.city.name(), RegionText.ms(u.edgeTime), RegionText.ms(u.pageTime),
                    RegionText.ms(u.pageTime - u.edgeTime)), true));
        }
        return new Table(MultiRegionSimulator.DETAIL, "One file: edge or region", List.of("User", "From the edge",
                "From its region", "Saved"), rows);
    }

    String writeTitle() {
        return "A write crosses to the primary";
    }

    String write(City city, Region region, long read, long write) {
        long backbone = 2 * RegionNetwork.fibre(region.city(), Region.PRIMARY.city());
        return city.name() + " places an order (POST /cart). " + region.id() + " can read from its replica but only "
                + Region.PRIMARY.id() + "'s database takes writes, so its app server opens a connection to "
                + Region.PRIMARY.id() + " and waits for the answer: the write took " + RegionText.ms(write)
                + " against " + RegionText.ms(read) + " for a read, " + RegionText.ms(write - read) + " more. "
                + region.city().name() + "–" + Region.PRIMARY.city().name() + " is " + LatencyText.km(
                GreatCircle.distanceKm(region.city(), Region.PRIMARY.city())) + ", a round trip of "
                + RegionText.ms(backbone) + " in the fibre model, and a new connection costs two of them (handshake, "
                + "request). A pool of open connections saves one; a primary per region saves both, at the price of "
                + "conflicting writes.";
    }

    Table writeTable(City city, Region region, long read, long write) {
        long backbone = 2 * RegionNetwork.fibre(region.city(), Region.PRIMARY.city());
        return new Table(MultiRegionSimulator.DETAIL, city.name() + ": a read and a write", List.of("", ""), List.of(
                Table.Row.of("Read (GET /) from " + region.id(), RegionText.ms(read)),
                new Table.Row(List.of("Write (POST /cart) via " + Region.PRIMARY.id(), RegionText.ms(write)), true),
                Table.Row.of("Added by the call to the primary", RegionText.ms(write - read)),
                Table.Row.of("Backbone RTT " + region.id() + "–" + Region.PRIMARY.id(), RegionText.ms(backbone)),
                Table.Row.of("Two backbone RTTs", RegionText.ms(2 * backbone))));
    }

    String failTitle() {
        return dead() + " goes dark";
    }

    String fail(List<String> cities, long at) {
        return "At " + RegionText.at(at) + ", " + dead() + " stops answering: from now on every packet to "
                + "it is lost. Nobody tells the users. " + (cities.isEmpty() ? "No user was on it."
                : String.join(", ", cities) + " still hold its address in their resolvers' caches") + ", and GeoDNS keeps "
                + "handing it out until the health checks have failed " + s.failureThreshold() + " times in a row.";
    }

    String checkFailedTitle(int k) {
        return "Check " + k + " of " + s.failureThreshold() + " fails";
    }

    String checkFailed(int k) {
        return "The checker's GET /health to " + dead() + " got no answer within " + RegionText.s(HealthChecker.DEADLINE)
                + ": " + k + " failed check" + (k == 1 ? "" : "s") + " in a row. GeoDNS still answers with " + dead()
                + " until " + s.failureThreshold() + ".";
    }

    String withdrawnTitle() {
        return dead() + " withdrawn from DNS";
    }

    String withdrawn(long detection, Map<String, Long> held) {
        return "Failed check number " + s.failureThreshold() + ": " + dead() + " is withdrawn " + RegionText.s(detection)
                + " after it failed (the detection time). GeoDNS now answers with each user's next-nearest region. But "
                + "an answer already cached is not recalled: DNS has no way to (RFC 1034 §3.6), so "
                + (held.isEmpty() ? "nobody is affected." : String.join(", ", held.entrySet().stream().map(e -> e.getKey()
                + " keeps going to " + dead() + " for " + RegionText.s(e.getValue())).toList()) + ", what their answers "
                + "have left of their TTL.");
    }

    String failingTitle(City city) {
        return city.name() + "'s requests go unanswered";
    }

    String failing(City city, Region region, long ttlLeft) {
        return city.name() + "'s SYN to " + region.id() + "'s address is lost on the way; after "
                + RegionText.s(RegionUser.DEADLINE) + " the browser gives up and tries again "
                + RegionText.s(RegionUser.RETRY_AFTER) + " later, to the same address, because its resolver's answer "
                + "still has " + RegionText.s(Math.max(0, ttlLeft)) + " to run.";
    }

    String relookTitle(City city, Region region) {
        return city.name() + " asks again: " + region.id();
    }

    String relook(City city, Region region, Region before) {
        if (region == before) {
            return city.name() + "'s cached answer ran out before the checks had failed, so GeoDNS answered "
                    + region.id() + " again, with a fresh TTL of " + ttl() + ": this user's outage now lasts until that "
                    + "one runs out too.";
        }
        return city.name() + "'s cached answer ran out; its resolver asked again, and GeoDNS, which has withdrawn "
                + before.id() + ", answered " + region.id() + " (" + region.vip().getHostAddress() + ", RTT "
                + RegionText.ms(GeoDnsServer.rtt(city, region)) + " in the fibre model, against "
                + RegionText.ms(GeoDnsServer.rtt(city, before)) + " before). The next request goes there.";
    }

    String outageTitle() {
        return "The outage each user saw";
    }

    String outage(List<Outage> rows) {
        if (rows.isEmpty()) {
            return "No user was on " + dead() + " when it failed, so nobody noticed.";
        }
        Outage worst = rows.stream().max(Comparator.comparingLong(Outage::measured)).orElseThrow();
        return "Each user was cut off for the detection time (the same for all) plus what its cached answer still had "
                + "of its TTL then. The last column is measured: from the failure to the first page that loaded again, "
                + "which adds the wait for the next retry and the new lookup and connection. " + worst.city().name()
                + " lost the most, " + RegionText.s(worst.measured()) + ". A shorter TTL shortens it, at the price of "
                + "more lookups; checking more often, or a lower threshold, detects sooner but risks withdrawing a "
                + "region for one lost probe.";
    }

    Table outageTable(List<Outage> rows) {
        List<Table.Row> out = new ArrayList<>();
        for (Outage o : rows) {
            out.add(new Table.Row(List.of(o.city().name(), RegionText.s(o.detection()), RegionText.s(o.ttlLeft()),
                    RegionText.s(o.predicted()), o.measured() < 0 ? "not back" : RegionText.s(o.measured())), true));
        }
        return new Table(MultiRegionSimulator.DETAIL, "Outage per user", List.of("User", "Detection", "+ TTL left",
                "= Outage", "Measured"), out);
    }

    String ttlLeft(long nanos) {
        return nanos <= 0 ? "expired" : RegionText.s(nanos);
    }

    String status(UserRow u, long now) {
        return switch (u.status) {
            case NOT_YET -> "not yet";
            case OK -> u.recoveredAt >= 0 ? "ok again" : "ok";
            case FAILING -> "failing for " + RegionText.s(now - u.failingSince);
        };
    }

    String checks(int failuresInARow) {
        return failuresInARow == 0 ? "passing" : failuresInARow + " failed";
    }

    // Links to the lessons that own what a step shows (their step numbers at those lessons' defaults).

    List<StepLink> setupLinks() {
        return List.of(new StepLink("load-balancers", 1, params("balancer", "layer-4"),
                "a layer-4 balancer in front of its backends, as in each region"));
    }

    List<StepLink> answerLinks() {
        return List.of(new StepLink("dns-resolution", 7, "an authoritative server answering a resolver"));
    }

    List<StepLink> healthLinks() {
        return List.of(new StepLink("load-balancers", 3, params("balancer", "layer-4"),
                "what the balancer behind each address does with a new connection"));
    }

    List<StepLink> routedLinks(City from, Region to) {
        return List.of(new StepLink("latency-map", 4, params("from", from.name(), "to", to.city().name()),
                "the typical round trip " + from.name() + "–" + to.city().name()));
    }

    List<StepLink> writeLinks(Region from) {
        return List.of(new StepLink("latency-map", 5, params("from", from.city().name(), "to",
                Region.PRIMARY.city().name()), "one HTTPS request new and reused over the same distance"));
    }

    List<StepLink> relookLinks() {
        return List.of(new StepLink("dns-resolution", 14, "a resolver asking again once a TTL has run out"));
    }

    /** Parameters in the order given (Map.of's order changes from run to run, and the trace JSON prints them). */
    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
