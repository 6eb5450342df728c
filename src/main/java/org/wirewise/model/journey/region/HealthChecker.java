package org.wirewise.model.journey.region;

import org.wirewise.model.lb.HttpHead;
import org.wirewise.model.net.HostNode;
import org.wirewise.model.net.Process;
import org.wirewise.model.sim.SimTime;

/**
 * The DNS service's health checker: every interval it sends each region's virtual address an HTTP
 * {@code GET /health} on a new connection; a region that has not answered within {@link #DEADLINE} fails
 * the check (Route 53 waits four seconds for the connection). {@link Health} turns the checks into
 * served or withdrawn.
 */
final class HealthChecker extends Process {

    /** Route 53's HTTP check: the TCP connection within 4 s (and the status within 2 s after; one 4 s limit here). */
    static final long DEADLINE = SimTime.seconds(4);

    /** What the simulator hears of each probe. */
    interface Listener {
        void checked(Region region, Fetch.Result result, boolean changed);
    }

    private final Health health;
    private final long interval;
    private final long until;
    private final Listener listener;

    HealthChecker(HostNode host, Health health, long interval, long until, Listener listener) {
        super(host, "health-checker");
        this.health = health;
        this.interval = interval;
        this.until = until;
        this.listener = listener;
    }

    @Override
    protected void onStart() {
        round();
    }

    private void round() {
        for (Region r : Region.values()) {
            byte[] probe = HttpHead.request("GET", r.vip().getHostAddress(), "/health", java.util.List.of(), "");
            Fetch.send(host(), r.vip(), probe, DEADLINE, result -> {
                boolean ok = result.ok() && HttpHead.complete(result.response()).map(h -> h.target().startsWith("2"))
                        .orElse(false);
                listener.checked(r, result, health.record(r, ok));
            });
        }
        if (now() + interval < until) {
            after(interval, this::round);
        }
    }
}
