package org.wirewise.model.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.wirewise.model.packet.MacAddress;
import org.wirewise.model.sim.Simulation;

/**
 * One simulated network on one event loop (the ns-3 shape: one simulator, nodes, devices,
 * channels, sockets). Lessons build hosts, switches, routers and NATs on it, join their
 * interfaces with {@link Cable}s, and watch every transmission to record their trace; protocols
 * run on the hosts' sockets, so DNS, TLS or HTTP written once run over any path a lesson builds.
 *
 * <p>Neighbour tables are filled in advance by default: a node finds a next hop's MAC from the
 * network, as if ARP (RFC 826) had already run, and no ARP frames appear on the wire. A lesson that
 * teaches ARP calls {@link #resolveWithArp()}: then IPv4 nodes start with empty caches and ask.
 */
public final class Network {

    private final Simulation simulation;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Cable> wires = new ArrayList<>();
    private final Map<String, RandomGenerator> streams = new HashMap<>();
    private final List<Consumer<Transmission>> observers = new ArrayList<>();
    private final List<java.util.function.BiConsumer<Node, Packet>> senders = new ArrayList<>();
    private final List<Consumer<Packet>> deliveries = new ArrayList<>();
    private Packet delivering;
    private boolean arp;
    /** Who owns which address, filled as asked and emptied when an address is added. */
    private final Map<InetAddress, Optional<MacAddress>> neighbours = new HashMap<>();
    private java.util.function.ToIntFunction<Node> firstIpId =
            node -> node.network().simulation().randomStream("ip-id:" + node.name()).nextInt(65536);

    public Network(long seed) {
        this(new Simulation(seed));
    }

    public Network(Simulation simulation) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
    }

    public Simulation simulation() {
        return simulation;
    }

    public long now() {
        return simulation.now();
    }

    /**
     * The network's stream for one purpose ("isn", "ephemeral-port"): the same generator every time
     * it is asked for, so successive draws continue one sequence derived from the seed.
     */
    public RandomGenerator stream(String purpose) {
        return streams.computeIfAbsent(purpose, simulation::randomStream);
    }

    public HostNode host(String name) {
        return add(new HostNode(this, name));
    }

    public SwitchNode switchNode(String name) {
        return add(new SwitchNode(this, name));
    }

    public RouterNode router(String name) {
        return add(new RouterNode(this, name));
    }

    /** Adds a node built elsewhere (a NAT from its topic package); names are unique. */
    public <N extends Node> N add(N node) {
        if (node.network() != this) {
            throw new IllegalArgumentException(node + " belongs to another network");
        }
        if (nodes.stream().anyMatch(n -> n.name().equals(node.name()))) {
            throw new IllegalArgumentException("a node is already named " + node.name());
        }
        nodes.add(node);
        neighbours.clear();
        return node;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    /** Joins two interfaces with a cable. */
    public Cable connect(NetInterface a, NetInterface b, Cable.Spec spec) {
        Cable w = new Cable(this, a, b, spec);
        wires.add(w);
        return w;
    }

    /** Sees every transmission on every wire: the capture points a trace is recorded from. */
    public void observe(Consumer<Transmission> observer) {
        observers.add(Objects.requireNonNull(observer));
    }

    /**
     * Sees every packet a node puts on a wire, before it is sent: those it originates
     * ({@link Packet#cause()} null) and those it forwards. Where a lesson numbers and labels
     * packets and where a fault injector marks one {@linkplain Packet#loseInTransit() lost}.
     */
    public void onSend(java.util.function.BiConsumer<Node, Packet> tap) {
        senders.add(Objects.requireNonNull(tap));
    }

    /**
     * Where each node's IPv4 identification counter starts; by default a stream of the node's own
     * ("ip-id:NAME"). A lesson may draw every node's start from one shared stream instead, in the
     * order nodes first send.
     */
    public void ipIdStarts(java.util.function.ToIntFunction<Node> policy) {
        this.firstIpId = Objects.requireNonNull(policy);
    }

    int firstIpId(Node node) {
        return firstIpId.applyAsInt(node);
    }

    /** Sees every packet that reaches an interface, before its node processes it. */
    public void onDeliver(Consumer<Packet> tap) {
        deliveries.add(Objects.requireNonNull(tap));
    }

    /** The packet whose arrival is being processed right now, or null. */
    public Packet delivering() {
        return delivering;
    }

    /**
     * IPv4 nodes find their neighbours with ARP requests and replies on the wire from now on,
     * starting with empty caches (IPv6's Neighbor Discovery is not modelled: its neighbours stay filled).
     */
    public void resolveWithArp() {
        this.arp = true;
    }

    boolean resolvesWithArp() {
        return arp;
    }

    /** The MAC of the interface that owns {@code address}, as a filled neighbour table gives it. */
    public Optional<MacAddress> neighbour(InetAddress address) {
        return neighbours.computeIfAbsent(address, this::findNeighbour);
    }

    private Optional<MacAddress> findNeighbour(InetAddress address) {
        for (Node n : nodes) {
            for (NetInterface i : n.interfaces()) {
                if (i.owns(address)) {
                    return Optional.of(i.mac());
                }
            }
        }
        return Optional.empty();
    }

    void addressesChanged() {
        neighbours.clear();
    }

    void sending(Node from, Packet packet) {
        for (java.util.function.BiConsumer<Node, Packet> tap : senders) {
            tap.accept(from, packet);
        }
    }

    void transmitted(Transmission t) {
        for (Consumer<Transmission> o : observers) {
            o.accept(t);
        }
    }

    void deliver(NetInterface to, Packet packet) {
        Packet outer = delivering;
        delivering = packet;
        for (Consumer<Packet> tap : deliveries) {
            tap.accept(packet);
        }
        try {
            to.node().receive(to, packet);
        } finally {
            delivering = outer;
        }
    }
}
