package org.wirewise.model.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewise.model.trace.LongSeries;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;

/**
 * The lesson's tables at a moment, computed from what the run reported (the proxy's picks, the
 * users' connections) and from the cost, backoff and herd models; the words come from the narration.
 */
final class ScalingTables {

    private final ScalingScenario s;
    private final ScalingRun run;
    private final ScalingNarration n;
    private final List<Mobile.Attempt> mobile;
    private final Herd.Run bare;
    private final Herd.Run jittered;

    ScalingTables(ScalingScenario s, ScalingRun run, ScalingNarration n) {
        this.s = s;
        this.run = run;
        this.n = n;
        this.mobile = Mobile.attempts(ChatUser.BACKOFF, run.net.network.stream("mobile backoff"));
        this.bare = Herd.run(s.herdClients(), s.acceptsPer100ms(), ChatUser.BACKOFF, false, run.net.network.stream("herd"));
        this.jittered = Herd.run(s.herdClients(), s.acceptsPer100ms(), ChatUser.BACKOFF, true, run.net.network.stream("herd"));
    }

    Herd.Run bare() {
        return bare;
    }

    Herd.Run jittered() {
        return jittered;
    }

    List<Mobile.Attempt> mobileAttempts() {
        return mobile;
    }

    long mobileBack() {
        return Mobile.OFFLINE;
    }

    Optional<ScalingRun.Event> event(ScalingRun.Kind kind) {
        return run.events.stream().filter(e -> e.kind() == kind).findFirst();
    }


    List<ScalingRun.Event> picksUpTo(long time) {
        return run.events.stream().filter(e -> e.kind() == ScalingRun.Kind.PICKED && e.time() <= time).toList();
    }

    /** The proxy's latest pick for {@code user} at or before {@code time}. */
    Optional<ScalingRun.Event> pickAt(long time, String user) {
        ScalingRun.Event last = null;
        for (ScalingRun.Event e : picksUpTo(time)) {
            if (e.user().equals(user)) {
                last = e;
            }
        }
        return Optional.ofNullable(last);
    }

    LongSeries herdSeries() {
        LongSeries.Builder b = LongSeries.builder(ScalingSimulator.HERD_SERIES.id(), n.herdSeriesTitle(),
                n.herdColumns().toArray(String[]::new));
        for (int i = 0; i < bare.attemptsPerBin().length; i++) {
            b.add(i * Herd.BIN, bare.attemptsPerBin()[i], jittered.attemptsPerBin()[i]);
        }
        return b.build();
    }

    /** How far before a step a pick still counts as the step's own (a re-pick follows a failed connect). */
    private static final long RECENT = WsProxy.CONNECT_TIMEOUT + org.wirewise.model.sim.SimTime.millis(100);

    /** The table at {@code time}; rows of picks made since {@code stepTime} − {@link #RECENT} are highlighted. */
    Optional<Table> table(TableKey key, long stepTime, long time) {
        List<Table.Row> rows = new ArrayList<>();
        if (key.equals(ScalingSimulator.WHERE)) {
            for (String user : ScalingNetwork.USERS) {
                rows.add(Table.Row.of(user, ScalingNetwork.USER_ADDRESSES.get(ScalingNetwork.USERS.indexOf(user)),
                        n.connectionState(stateOf(user, time))));
            }
            return Optional.of(new Table(key, n.whereTitle(), n.whereColumns(), rows));
        }
        if (key.equals(ScalingSimulator.PICKS)) {
            List<ScalingRun.Event> shown = run.events.stream().filter(e -> e.time() <= time
                    && (e.kind() == ScalingRun.Kind.PICKED || e.kind() == ScalingRun.Kind.MARKED_DOWN)).toList();
            for (int i = 0; i < shown.size(); i++) {
                rows.add(new Table.Row(n.pickRow(shown.get(i)), shown.get(i).time() >= stepTime - RECENT));
            }
            return Optional.of(new Table(key, n.picksTitle(), n.picksColumns(), rows));
        }
        if (key.equals(ScalingSimulator.COSTS)) {
            return Optional.of(new Table(key, n.costsTableTitle(), n.costsColumns(), n.costRows(ConnectionCosts.KERNEL,
                    ConnectionCosts.perConnection(s.appKib()))));
        }
        if (key.equals(ScalingSimulator.LIMITS)) {
            return Optional.of(new Table(key, n.limitsTitle(), n.limitsColumns(), n.limitRows()));
        }
        if (key.equals(ScalingSimulator.BACKOFF)) {
            mobile.forEach(a -> rows.add(new Table.Row(n.backoffRow(a), a.connected())));
            return Optional.of(new Table(key, n.backoffTitle(), n.backoffColumns(), rows));
        }
        if (key.equals(ScalingSimulator.HERD)) {
            rows.add(Table.Row.of(n.herdRow(false, bare).toArray(String[]::new)));
            rows.add(Table.Row.of(n.herdRow(true, jittered).toArray(String[]::new)));
            return Optional.of(new Table(key, n.herdTableTitle(), n.herdTableColumns(), rows));
        }
        return Optional.empty();
    }

    /** Where {@code user} stands at {@code time}: the server of its open connection, or what ended the last one. */
    private ScalingNarration.State stateOf(String user, long time) {
        ScalingNarration.State state = new ScalingNarration.State(-1, ScalingRun.Kind.PICKED, 0);
        boolean dead = false;
        int deadServer = -1;
        for (ScalingRun.Event e : run.events) {
            if (e.time() > time) {
                break;
            }
            if (e.kind() == ScalingRun.Kind.DIED) {
                dead = true;
                deadServer = e.server();
            }
            if (!e.user().equals(user)) {
                continue;
            }
            switch (e.kind()) {
                case OPENED -> state = new ScalingNarration.State(e.server(), ScalingRun.Kind.OPENED, 0);
                case CLOSED, GAVE_UP -> state = new ScalingNarration.State(state.server(), e.kind(), e.code());
                default -> { }
            }
        }
        if (dead && state.kind() == ScalingRun.Kind.OPENED && state.server() == deadServer) {
            return new ScalingNarration.State(deadServer, ScalingRun.Kind.DIED, 0);
        }
        return state;
    }
}
