package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Routes chosen by longest prefix match (RFC 1812 §5.2.4.3); among equally long prefixes the one
 * added first wins, so a table is deterministic.
 */
public final class RoutingTable {

    private final List<Route> routes = new ArrayList<>();

    public void add(Route route) {
        routes.add(route);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public Optional<Route> lookup(InetAddress destination) {
        byte[] d = destination.getAddress();
        return routes.stream()
                .filter(r -> Prefixes.matches(r.prefix().address().getAddress(), r.prefix().prefixLength(), d))
                .max(Comparator.comparingInt((Route r) -> r.prefix().prefixLength())
                        .thenComparing(Comparator.comparingInt(routes::indexOf).reversed()));
    }
}
