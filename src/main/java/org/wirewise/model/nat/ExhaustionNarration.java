package org.wirewise.model.nat;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;

/**
 * Every sentence and label the nat-exhaustion lesson shows, in one language ({@code nat-exhaustion.properties}
 * and its translations). Counts of ports are grouped as the language writes them ("64,512", "64.512"); the
 * sample SYNs' labels ("SYN from …", "✗ no port") are the diagram's wire notation and stay as they are.
 */
final class ExhaustionNarration {

    private final Texts texts;
    private final Units units;

    ExhaustionNarration(Locale language) {
        this.texts = Texts.of("org.wirewise.model.nat.nat-exhaustion", language);
        this.units = new Units(texts.language());
    }

    /** A text of the bundle (a lane, a state, a variable's name) with its arguments already formatted. */
    String text(String key, Object... args) {
        return texts.get(key, args);
    }

    /** A count of ports or connections: "64,512" in English, "64.512" in Spanish. */
    String count(long n) {
        return units.grouped(n);
    }

    String start(int clients, Endpoint server, long perAddress, long capacity, int addresses) {
        return texts.get("start", Integer.toString(clients), server, count(perAddress), count(capacity),
                texts.get(addresses == 1 ? "start.address.one" : "start.address.many", Integer.toString(addresses)));
    }

    String reuseTitle(long failed, long inUse) {
        return failed > 0 ? texts.get("reuse.title.short") : texts.get("reuse.title.fits", Long.toString(inUse));
    }

    String reuse(long inUse, long failed) {
        return texts.get("reuse", Long.toString(inUse), failed > 0 ? texts.get("reuse.short", Long.toString(failed))
                : texts.get("reuse.fits"));
    }

    String growingTitle(long inUse, long second) {
        return texts.get("growing.title", count(inUse), Long.toString(second));
    }

    String growing(int newPerSecond, int holdSeconds) {
        return texts.get("growing", Integer.toString(newPerSecond), Integer.toString(holdSeconds));
    }

    String steadyTitle(boolean failing) {
        return texts.get(failing ? "steady.title.failing" : "steady.title.fits");
    }

    String steadyFailing(long end, long freed, int holdSeconds, int newPerSecond, long failedNow, long average,
                         long failed) {
        return texts.get("steady.failing", Long.toString(end), count(freed), Integer.toString(holdSeconds),
                Integer.toString(newPerSecond), count(failedNow), count(average), count(failed));
    }

    String steadyFits(long steady, long capacity) {
        return texts.get("steady.fits", count(steady), count(capacity));
    }

    String failureTitle(double failAt) {
        return texts.get("failure.title", units.fixed(failAt, 1));
    }

    String failure(double failAt, long capacity, int newPerSecond, Endpoint server, int holdSeconds) {
        return texts.get("failure", units.fixed(failAt, 1), count(capacity), Integer.toString(newPerSecond), server,
                Integer.toString(holdSeconds));
    }

    String fixesTitle() {
        return texts.get("fixes.title");
    }

    String fixes(long perAddress) {
        return texts.get("fixes", count(perAddress));
    }

    /** The fixes table: each change beside "Now", every row highlighted (the whole table is the step's subject). */
    Table fixesTable(TableKey key, List<long[]> neededAndAvailable, int addresses, int holdSeconds) {
        List<String> changes = List.of(texts.get("fix.now"), texts.get("fix.addresses", Integer.toString(addresses * 2)),
                texts.get("fix.reuse"), texts.get("fix.hold", Integer.toString(Math.max(1, holdSeconds / 4))));
        List<Table.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            long needed = neededAndAvailable.get(i)[0];
            long available = neededAndAvailable.get(i)[1];
            rows.add(new Table.Row(List.of(changes.get(i), count(needed), count(available),
                    texts.get(needed <= available ? "fix.fits" : "fix.fails")), true));
        }
        return new Table(key, texts.get("fixes.table"), List.of(texts.get("fixes.change"), texts.get("fixes.needed"),
                texts.get("fixes.available"), texts.get("fixes.result")), rows);
    }

    /** One moment of the usage table: time, ports in use, available, a bar of the share used, failures so far. */
    Table.Row usageRow(long second, long inUse, long capacity, long failed) {
        double used = inUse / (double) capacity;
        int filled = (int) Math.round(used * 20);
        String bar = "█".repeat(filled) + "░".repeat(20 - filled);
        return new Table.Row(List.of(second + " s", count(inUse), count(capacity),
                bar + " " + texts.get("usage.percent", units.fixed(used * 100, 0)),
                failed == 0 ? "✓ 0" : "✗ " + count(failed)), false);
    }

    Table usage(TableKey key, Endpoint server, List<Table.Row> rows) {
        return new Table(key, texts.get("usage.title", server), List.of(texts.get("usage.time"),
                texts.get("usage.inUse"), texts.get("usage.available"), texts.get("usage.used"),
                texts.get("usage.failed")), rows);
    }
}
