package org.wirewise.model.http;

import java.util.List;
import java.util.Locale;
import org.wirewise.model.http.KeepAliveSimulator.Phase;
import org.wirewise.model.http.KeepAliveSimulator.Way;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Table;

/**
 * Every sentence of the keep-alive and pooling lesson in one language ({@code keep-alive-pooling.properties}
 * and its translations); counts and times come from the run.
 */
final class KeepAliveNarration {

    private final KeepAliveScenario s;
    private final Texts texts;
    private final HttpUnits units;

    KeepAliveNarration(KeepAliveScenario s, Locale language) {
        this.s = s;
        this.texts = Texts.of("org.wirewise.model.http.keep-alive-pooling", language);
        this.units = new HttpUnits(texts.language());
    }

    String clientLane() {
        return texts.get("lane.client");
    }

    String serverLane() {
        return texts.get("lane.server");
    }

    String seriesTitle() {
        return texts.get("series.pool");
    }

    String introTitle() {
        return texts.get("step.intro", requests());
    }

    String intro() {
        return texts.get("intro", requests(), ms(s.rttMs()), Integer.toString(s.poolSize()));
    }

    String newConnectionTitle() {
        return texts.get("step.newConnection");
    }

    String newConnection() {
        return texts.get("newConnection");
    }

    String againTitle() {
        return texts.get("step.again");
    }

    String again(int port) {
        return texts.get("again", Integer.toString(port));
    }

    String phaseEndTitle(Way way) {
        return texts.get("step.end." + key(way));
    }

    private static String key(Way way) {
        return switch (way) {
            case NEW_CONNECTION -> "newConnection";
            case KEEP_ALIVE -> "keepAlive";
            case POOL -> "pool";
            case BROWSER -> "browser";
        };
    }

    String phaseEnd(Phase p, long time, int handshakes) {
        String cost = texts.get(handshakes == 1 ? "cost.one" : "cost.many", Integer.toString(handshakes), ms(time),
                requests(), rtts(time));
        String timeWait = Integer.toString(p.clientTimeWait());
        return switch (p.way()) {
            case NEW_CONNECTION -> texts.get("end.newConnection", cost, timeWait);
            case KEEP_ALIVE -> texts.get("end.keepAlive", cost, timeWait);
            case POOL -> texts.get("end.pool", cost, Integer.toString(s.poolSize()), requests(), timeWait);
            case BROWSER -> texts.get("end.browser", cost, rtts(time));
        };
    }

    String reuseTitle() {
        return texts.get("step.reuse");
    }

    String reuse(int port) {
        return texts.get("reuse", Integer.toString(port));
    }

    String burstTitle() {
        return texts.get("step.burst", requests(), Integer.toString(s.poolSize()));
    }

    String burst(ConnectionPool.Counts c) {
        return texts.get("burst", requests(), Integer.toString(c.active()), Integer.toString(c.waiting()));
    }

    String queuedTitle() {
        return texts.get("step.queued");
    }

    String queued(long waited, int port) {
        return texts.get("queued", Integer.toString(port), ms(waited));
    }

    String checkPassedTitle() {
        return texts.get("step.checkPassed");
    }

    String checkPassed(long idle) {
        return texts.get("checkPassed", ms(idle), ms(KeepAliveSimulator.CHECK_AFTER_IDLE));
    }

    String reloadTitle() {
        return texts.get("step.reload");
    }

    String reload(int closed) {
        return texts.get("reload", Integer.toString(closed));
    }

    String checkFailedTitle() {
        return texts.get("step.checkFailed");
    }

    String checkFailed(int discarded) {
        return texts.get("checkFailed", Integer.toString(discarded));
    }

    String idleTimeoutTitle() {
        return texts.get("step.idleTimeout");
    }

    String idleTimeout() {
        return texts.get("idleTimeout", units.seconds(s.poolIdleSeconds()), ms(KeepAliveSimulator.SERVER_KEEP_ALIVE));
    }

    String browserTitle() {
        return texts.get("step.browser");
    }

    String browser(int handshakes) {
        return texts.get("browser", Integer.toString(handshakes));
    }

    String summaryTitle() {
        return texts.get("step.summary");
    }

    String summary(Phase a, Phase b) {
        return texts.get("summary", ms(duration(b)), ms(duration(a)), requests());
    }

    static long duration(Phase p) {
        return p.end() - p.start();
    }

    String costsTitle() {
        return texts.get("table.costs", requests());
    }

    List<String> costColumns() {
        return List.of(texts.get("table.costs.way"), texts.get("table.costs.syns"), texts.get("table.costs.time"),
                texts.get("table.costs.rtts"), texts.get("table.costs.timeWait"));
    }

    Table.Row costRow(Phase p, int handshakes, long time, boolean highlighted) {
        String way = texts.get("way." + key(p.way()), Integer.toString(s.poolSize()));
        return new Table.Row(List.of(way, Integer.toString(handshakes), ms(time), rtts(time),
                Integer.toString(p.clientTimeWait())), highlighted);
    }

    String poolTitle() {
        return texts.get("table.pool", Integer.toString(s.poolSize()));
    }

    List<String> poolColumns() {
        return List.of(texts.get("table.pool.active"), texts.get("table.pool.idle"), texts.get("table.pool.waiting"),
                texts.get("table.pool.opened"), texts.get("table.pool.idleClosed"), texts.get("table.pool.failedChecks"));
    }

    Table.Row poolRow(ConnectionPool.Counts c) {
        return new Table.Row(List.of(Integer.toString(c.active()), Integer.toString(c.idle()),
                Integer.toString(c.waiting()), Integer.toString(c.opened()), Integer.toString(c.closedIdle()),
                Integer.toString(c.discardedStale())), true);
    }

    private String requests() {
        return Integer.toString(s.requests());
    }

    private String rtts(long nanos) {
        return units.oneDecimal(nanos / (s.rttMs() * 1e6));
    }

    private String ms(long nanos) {
        return units.ms(nanos);
    }

    private String ms(double millis) {
        return units.ms(millis);
    }
}
