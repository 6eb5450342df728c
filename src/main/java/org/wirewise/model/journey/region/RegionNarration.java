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
import org.wirewise.model.latency.CityNames;
import org.wirewise.model.latency.Fibre;
import org.wirewise.model.latency.GreatCircle;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.StepLink;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the multi-region lesson in one language ({@code multi-region.properties} and its
 * translations), with the numbers the run measured. Region ids and GeoDNS are names; cities are named
 * as the latency map names them in the language.
 */
final class RegionNarration {

    static final String TEXTS = "org.wirewise.model.journey.region.multi-region";

    /** One struck user's outage: detection, the TTL its answer still had then, and what it lived through. */
    record Outage(City city, long detection, long ttlLeft, long measured) {
        long predicted() {
            return detection + ttlLeft;
        }
    }

    private final RegionScenario s;
    private final Texts texts;
    private final RegionText units;
    private final CityNames cities;

    RegionNarration(RegionScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of(TEXTS, language);
        this.units = new RegionText(texts.language());
        this.cities = new CityNames(texts.language());
    }

    /** A text of the bundle: a title, a column, a cell. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The lesson's numbers in this language. */
    RegionText units() {
        return units;
    }

    String city(City c) {
        return cities.of(c);
    }

    private String ttl() {
        return s.ttlSeconds() + " s";
    }

    private String dead() {
        return s.failingRegion().id();
    }

    private String threshold() {
        return Long.toString(s.failureThreshold());
    }

    String userLane() {
        return text("lane.user");
    }

    String dnsLane() {
        return text("lane.dns");
    }

    String cdnTitle() {
        return text("lane.cdn.title");
    }

    String cdnLane() {
        return text("lane.cdn");
    }

    String regionLane(Region r) {
        return text("lane.region", city(r.city()));
    }

    String setupTitle() {
        return text("setup.title");
    }

    String setup() {
        return text("setup", String.join(", ", java.util.Arrays.stream(Region.values())
                .map(r -> r.id() + " (" + city(r.city()) + ")").toList()), Region.PRIMARY.id(), GeoDnsServer.NAME,
                units.grouped(Fibre.KM_PER_SECOND), units.factor(RegionNetwork.ROUTE_FACTOR),
                units.ms(RegionNetwork.METRO));
    }

    String healthTitle() {
        return text("health.title", Long.toString(s.checkIntervalSeconds()));
    }

    String health(Map<Region, Fetch.Result> round) {
        return text("health", Long.toString(s.checkIntervalSeconds()), units.s(HealthChecker.DEADLINE),
                String.join(", ", round.entrySet().stream().map(e -> text("health.answered", e.getKey().id(),
                        units.ms(e.getValue().duration()))).toList()), threshold());
    }

    Table checksTable(Map<Region, Fetch.Result> round) {
        List<Table.Row> rows = new ArrayList<>();
        round.forEach((r, result) -> rows.add(new Table.Row(List.of(r.id(), "GET /health",
                result.ok() ? "200 OK" : text("checks.noAnswer"), units.ms(result.duration())), true)));
        return new Table(MultiRegionSimulator.DETAIL, text("checks.title"), List.of(text("checks.region"),
                text("checks.probe"), text("checks.result"), text("checks.took")), rows);
    }

    String answerTitle(City city, Region region) {
        return text("answer.title", city(city), region.id());
    }

    String answer(City city, Region region, int bytes) {
        return text("answer", city(city), GeoDnsServer.NAME, rtts(city), region.vip().getHostAddress(), region.id(),
                ttl(), Integer.toString(bytes));
    }

    private String rtts(City city) {
        return String.join(", ", java.util.Arrays.stream(Region.values()).map(r -> r.id() + " "
                + units.ms(GeoDnsServer.rtt(city, r))).toList());
    }

    Table answerTable(City city, Inet4Address resolver, Region region, DnsMessage answer, int bytes) {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(text("answerTable.resolver"), resolver.getHostAddress() + ", " + city(city)));
        for (Region r : Region.values()) {
            rows.add(new Table.Row(List.of(text("answerTable.rttTo", r.id()), units.ms(GeoDnsServer.rtt(city, r))),
                    r == region));
        }
        rows.add(Table.Row.of(text("answerTable.question"), answer.question().toString()));
        answer.answers().forEach(a -> rows.add(new Table.Row(List.of(text("answerTable.answer"),
                text("answerTable.answerValue", String.valueOf(a.data()), Long.toString(a.ttl()))), true)));
        rows.add(Table.Row.of(text("answerTable.message"), text("answerTable.messageValue", Integer.toString(bytes),
                Integer.toString(answer.id()))));
        return new Table(MultiRegionSimulator.DETAIL, text("answerTable.title"), List.of("", ""), rows);
    }

    String routedTitle() {
        return text("routed.title");
    }

    String routed(Collection<UserRow> users) {
        UserRow far = users.stream().max(Comparator.comparingLong(u -> u.rtt)).orElseThrow();
        UserRow near = users.stream().min(Comparator.comparingLong(u -> u.rtt)).orElseThrow();
        return text("routed", city(near.city), units.ms(near.rtt), near.region.id(), city(far.city), units.ms(far.rtt),
                far.region.id(), units.ms(far.pageTime));
    }

    String edgeTitle() {
        return text("edge.title");
    }

    String edge(Collection<UserRow> users) {
        UserRow most = users.stream().max(Comparator.comparingLong(u -> u.pageTime - u.edgeTime)).orElseThrow();
        return text("edge", city(most.city), units.ms(most.edgeTime), most.region.id(), units.ms(most.pageTime));
    }

    Table edgeTable(Collection<UserRow> users) {
        List<Table.Row> rows = new ArrayList<>();
        for (UserRow u : users) {
            rows.add(new Table.Row(List.of(city(u.city), units.ms(u.edgeTime), units.ms(u.pageTime),
                    units.ms(u.pageTime - u.edgeTime)), true));
        }
        return new Table(MultiRegionSimulator.DETAIL, text("edgeTable.title"), List.of(text("edgeTable.user"),
                text("edgeTable.edge"), text("edgeTable.region"), text("edgeTable.saved")), rows);
    }

    String writeTitle() {
        return text("write.title");
    }

    String write(City city, Region region, long read, long write) {
        long backbone = 2 * RegionNetwork.fibre(region.city(), Region.PRIMARY.city());
        return text("write", city(city), region.id(), Region.PRIMARY.id(), units.ms(write), units.ms(read),
                units.ms(write - read), city(region.city()), city(Region.PRIMARY.city()),
                units.km(GreatCircle.distanceKm(region.city(), Region.PRIMARY.city())), units.ms(backbone));
    }

    Table writeTable(City city, Region region, long read, long write) {
        long backbone = 2 * RegionNetwork.fibre(region.city(), Region.PRIMARY.city());
        return new Table(MultiRegionSimulator.DETAIL, text("writeTable.title", city(city)), List.of("", ""), List.of(
                Table.Row.of(text("writeTable.read", region.id()), units.ms(read)),
                new Table.Row(List.of(text("writeTable.write", Region.PRIMARY.id()), units.ms(write)), true),
                Table.Row.of(text("writeTable.added"), units.ms(write - read)),
                Table.Row.of(text("writeTable.backbone", region.id(), Region.PRIMARY.id()), units.ms(backbone)),
                Table.Row.of(text("writeTable.twoBackbone"), units.ms(2 * backbone))));
    }

    String failTitle() {
        return text("fail.title", dead());
    }

    /** @param cities the struck users' cities, already named in this language */
    String fail(List<String> cities, long at) {
        return text("fail", units.at(at), dead(), cities.isEmpty() ? text("fail.nobody")
                : text("fail.holding", String.join(", ", cities)), threshold());
    }

    String checkFailedTitle(int k) {
        return text("checkFailed.title", Integer.toString(k), threshold());
    }

    String checkFailed(int k) {
        return k == 1 ? text("checkFailed.one", dead(), units.s(HealthChecker.DEADLINE), threshold())
                : text("checkFailed", dead(), units.s(HealthChecker.DEADLINE), threshold(), Integer.toString(k));
    }

    String withdrawnTitle() {
        return text("withdrawn.title", dead());
    }

    /** @param held per struck user's city (named in this language), how long its cached answer runs on */
    String withdrawn(long detection, Map<String, Long> held) {
        return text("withdrawn", threshold(), dead(), units.s(detection), held.isEmpty() ? text("withdrawn.nobody")
                : text("withdrawn.held", String.join(", ", held.entrySet().stream().map(e -> text("withdrawn.keeps",
                e.getKey(), dead(), units.s(e.getValue()))).toList())));
    }

    String failingTitle(City city) {
        return text("failing.title", city(city));
    }

    String failing(City city, Region region, long ttlLeft) {
        return text("failing", city(city), region.id(), units.s(RegionUser.DEADLINE), units.s(RegionUser.RETRY_AFTER),
                units.s(Math.max(0, ttlLeft)));
    }

    String relookTitle(City city, Region region) {
        return text("relook.title", city(city), region.id());
    }

    String relook(City city, Region region, Region before) {
        if (region == before) {
            return text("relook.same", city(city), region.id(), ttl());
        }
        return text("relook", city(city), before.id(), region.id(), region.vip().getHostAddress(),
                units.ms(GeoDnsServer.rtt(city, region)), units.ms(GeoDnsServer.rtt(city, before)));
    }

    String outageTitle() {
        return text("outage.title");
    }

    String outage(List<Outage> rows) {
        if (rows.isEmpty()) {
            return text("outage.nobody", dead());
        }
        Outage worst = rows.stream().max(Comparator.comparingLong(Outage::measured)).orElseThrow();
        return text("outage", city(worst.city()), units.s(worst.measured()));
    }

    Table outageTable(List<Outage> rows) {
        List<Table.Row> out = new ArrayList<>();
        for (Outage o : rows) {
            out.add(new Table.Row(List.of(city(o.city()), units.s(o.detection()), units.s(o.ttlLeft()),
                    units.s(o.predicted()), o.measured() < 0 ? text("outageTable.notBack") : units.s(o.measured())),
                    true));
        }
        return new Table(MultiRegionSimulator.DETAIL, text("outageTable.title"), List.of(text("outageTable.user"),
                text("outageTable.detection"), text("outageTable.ttlLeft"), text("outageTable.outage"),
                text("outageTable.measured")), out);
    }

    String ttlLeft(long nanos) {
        return nanos <= 0 ? text("ttl.expired") : units.s(nanos);
    }

    String status(UserRow u, long now) {
        return switch (u.status) {
            case NOT_YET -> text("status.notYet");
            case OK -> text(u.recoveredAt >= 0 ? "status.okAgain" : "status.ok");
            case FAILING -> text("status.failing", units.s(now - u.failingSince));
        };
    }

    String checks(int failuresInARow) {
        return failuresInARow == 0 ? text("checks.passing") : failuresInARow == 1 ? text("checks.failed.one")
                : text("checks.failed", Integer.toString(failuresInARow));
    }

    // Links to the lessons that own what a step shows (their step numbers at those lessons' defaults).

    List<StepLink> setupLinks() {
        return List.of(new StepLink("load-balancers", 1, params("balancer", "layer-4"), text("link.setup")));
    }

    List<StepLink> answerLinks() {
        return List.of(new StepLink("dns-resolution", 7, text("link.answer")));
    }

    List<StepLink> healthLinks() {
        return List.of(new StepLink("load-balancers", 3, params("balancer", "layer-4"), text("link.health")));
    }

    /** The parameters carry the cities' identifiers; the caption names them in this language. */
    List<StepLink> routedLinks(City from, Region to) {
        return List.of(new StepLink("latency-map", 4, params("from", from.name(), "to", to.city().name()),
                text("link.routed", city(from), city(to.city()))));
    }

    List<StepLink> writeLinks(Region from) {
        return List.of(new StepLink("latency-map", 5, params("from", from.city().name(), "to",
                Region.PRIMARY.city().name()), text("link.write")));
    }

    List<StepLink> relookLinks() {
        return List.of(new StepLink("dns-resolution", 14, text("link.relook")));
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
