package org.wirewise.model.http.sse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The server's store of one technique's events: what has been published, and who waits for the next. */
final class EventLog {

    private final List<TickerEvent> published = new ArrayList<>();
    private final List<Consumer<TickerEvent>> watchers = new ArrayList<>();

    void publish(TickerEvent e) {
        published.add(e);
        List.copyOf(watchers).forEach(w -> w.accept(e));
    }

    /** Every event after {@code id}, in order: what a poll, or a reconnection with Last-Event-ID, asks for. */
    List<TickerEvent> after(int id) {
        return published.stream().filter(e -> e.id() > id).toList();
    }

    /** Calls {@code watcher} for each event published from now on; run the result to stop. */
    Runnable watch(Consumer<TickerEvent> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }
}
