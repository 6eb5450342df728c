package org.wirewise.model.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An application on a host, as lessons script them: a client, a resolver, a server, a load
 * balancer. It owns its sockets and timers, so stopping it closes the one and cancels the other,
 * and it only acts through the host's sockets, so a protocol written as a process runs over any
 * path a lesson builds. Subclasses say what happens on start and on what arrives.
 */
public abstract class Process {

    private final HostNode host;
    private final String name;
    private final List<UdpSocket> sockets = new ArrayList<>();
    private final List<boolean[]> timers = new ArrayList<>();
    private boolean running;

    protected Process(HostNode host, String name) {
        this.host = Objects.requireNonNull(host, "host");
        this.name = Objects.requireNonNull(name, "name");
    }

    public final HostNode host() {
        return host;
    }

    public final String name() {
        return name;
    }

    public final boolean running() {
        return running;
    }

    /** Starts the process now. */
    public final void start() {
        if (running) {
            throw new IllegalStateException(name + " on " + host.name() + " is already running");
        }
        running = true;
        onStart();
    }

    /** Starts the process {@code delay} nanoseconds from now. */
    public final void startAfter(long delay) {
        host.network().simulation().schedule(delay, this::start);
    }

    /** Stops it: its timers never fire and its sockets are closed. */
    public final void stop() {
        running = false;
        timers.forEach(t -> t[0] = true);
        timers.clear();
        sockets.forEach(UdpSocket::close);
        sockets.clear();
        onStop();
    }

    protected abstract void onStart();

    protected void onStop() {
    }

    /** A UDP socket this process owns, bound to {@code port}. */
    protected final UdpSocket udp(int port) {
        UdpSocket s = host.udp().bind(port);
        sockets.add(s);
        return s;
    }

    /** Runs {@code action} after {@code delay} unless the process stops first. */
    protected final void after(long delay, Runnable action) {
        boolean[] cancelled = new boolean[1];
        timers.add(cancelled);
        host.network().simulation().schedule(delay, () -> {
            timers.remove(cancelled);
            if (!cancelled[0] && running) {
                action.run();
            }
        });
    }

    protected final long now() {
        return host.network().now();
    }

    @Override
    public String toString() {
        return name + "@" + host.name();
    }
}
