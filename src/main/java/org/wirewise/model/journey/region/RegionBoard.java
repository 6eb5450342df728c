package org.wirewise.model.journey.region;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirewise.model.latency.City;
import org.wirewise.model.latency.GreatCircle;
import org.wirewise.model.latency.RouteFact;
import org.wirewise.model.trace.Fact;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Table;

/**
 * What the lesson knows at each moment, as the processes report it: each user's region, round trip
 * and requests, each region's checks; and the snapshot a step shows (the users and regions tables,
 * an optional detail table, and the map).
 */
final class RegionBoard {

    static final int ARC_SEGMENTS = 64;

    /** One user's row. */
    static final class UserRow {
        final String lane;
        final City city;
        Region region;
        long expiresAt = -1;
        long rtt = -1;
        long pageTime = -1;
        RegionMapFact.UserStatus status = RegionMapFact.UserStatus.NOT_YET;
        long failingSince = -1;
        long recoveredAt = -1;
        /** When the last answer naming the failed region runs out, or -1 if it never named it after the failure. */
        long deadAnswerExpiry = -1;
        long edgeTime = -1;

        UserRow(String lane, City city) {
            this.lane = lane;
            this.city = city;
        }
    }

    /** One region's row. */
    static final class RegionRow {
        boolean up = true;
        boolean serving = true;
        int failuresInARow;
    }

    final Map<String, UserRow> users = new LinkedHashMap<>();
    final Map<Region, RegionRow> regions = new EnumMap<>(Region.class);
    private final RegionNarration say;

    RegionBoard(RegionNetwork net, RegionNarration say) {
        this.say = say;
        net.userCity.forEach((lane, city) -> users.put(lane, new UserRow(lane, city)));
        for (Region r : Region.values()) {
            regions.put(r, new RegionRow());
        }
    }

    UserRow user(String lane) {
        return users.get(lane);
    }

    /**
     * The step's snapshot: {@code about} are the users the step is about (marked on the map), {@code region}
     * the region it is about (or null), {@code cross} a call to the primary. Only one table highlights the
     * step's subject, so a short strip can show it whole: the detail table when it highlights a row, else the
     * region's row, else the users' rows; a dark or withdrawn region is emphasised on the other steps.
     */
    Snapshot snapshot(long now, Set<String> about, Table detail, Region cross, Region region) {
        List<Table> tables = new ArrayList<>();
        boolean detailIsSubject = detail != null && detail.rows().stream().anyMatch(Table.Row::highlighted);
        tables.add(usersTable(now, detailIsSubject || region != null ? Set.of() : about));
        tables.add(regionsTable(detailIsSubject ? null : region));
        if (detail != null) {
            tables.add(detail);
        }
        return new Snapshot(List.of(), List.of(), tables, List.<Fact>of(mapFact(about, cross)));
    }

    private Table usersTable(long now, Set<String> about) {
        List<Table.Row> rows = new ArrayList<>();
        for (UserRow u : users.values()) {
            rows.add(new Table.Row(List.of(say.city(u.city), u.region == null ? "—" : u.region.id(),
                    u.rtt < 0 ? "—" : say.units().ms(u.rtt), u.expiresAt < 0 ? "—" : say.ttlLeft(u.expiresAt - now),
                    say.status(u, now)), about.contains(u.lane)));
        }
        return new Table(MultiRegionSimulator.USERS, say.text("users.title"), List.of(say.text("users.user"),
                say.text("users.region"), say.text("users.rtt"), say.text("users.ttlLeft"), say.text("users.requests")),
                rows);
    }

    private Table regionsTable(Region subject) {
        List<Table.Row> rows = new ArrayList<>();
        for (Region r : Region.values()) {
            RegionRow row = regions.get(r);
            long count = users.values().stream().filter(u -> u.region == r).count();
            rows.add(new Table.Row(List.of(r.id(), say.text(row.up ? "regions.up" : "regions.dark"),
                    say.checks(row.failuresInARow), say.text(row.serving ? "regions.serving" : "regions.withdrawn"),
                    Long.toString(count)), r == subject, r != subject && (!row.up || !row.serving)));
        }
        return new Table(MultiRegionSimulator.REGIONS, say.text("regions.title"), List.of(say.text("regions.region"),
                say.text("regions.state"), say.text("regions.checks"), say.text("regions.geodns"),
                say.text("regions.users")), rows);
    }

    private RegionMapFact mapFact(Set<String> about, Region crossFrom) {
        List<RegionMapFact.UserPin> pins = new ArrayList<>();
        List<RegionMapFact.Arc> arcs = new ArrayList<>();
        for (UserRow u : users.values()) {
            pins.add(new RegionMapFact.UserPin(u.city, u.status, about.contains(u.lane)));
            if (u.region != null) {
                arcs.add(arc(u.city, u.region.city(), u.status == RegionMapFact.UserStatus.FAILING
                        ? RegionMapFact.ArcKind.FAILING_ROUTE : RegionMapFact.ArcKind.ROUTE));
            }
        }
        if (crossFrom != null && crossFrom != Region.PRIMARY) {
            arcs.add(arc(crossFrom.city(), Region.PRIMARY.city(), RegionMapFact.ArcKind.CROSS_REGION));
        }
        List<RegionMapFact.RegionPin> regionPins = new ArrayList<>();
        for (Region r : Region.values()) {
            regionPins.add(new RegionMapFact.RegionPin(r.id(), r.city(), regions.get(r).up, regions.get(r).serving));
        }
        return new RegionMapFact(pins, regionPins, arcs);
    }

    static RegionMapFact.Arc arc(City from, City to, RegionMapFact.ArcKind kind) {
        return new RegionMapFact.Arc(from, to, kind, GreatCircle.arc(from, to, ARC_SEGMENTS).stream()
                .map(p -> new RouteFact.GeoPoint(p[0], p[1])).toList());
    }
}
