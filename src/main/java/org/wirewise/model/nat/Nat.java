package org.wirewise.model.nat;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A NAPT device's translation state (RFC 3022 §2.2, behaviour per RFC 4787 and RFC 5382): its
 * public addresses, its mappings, their idle timers, and the decisions it takes on outbound and
 * inbound packets. Pure bookkeeping; the simulators rewrite the bytes with {@link Translation}.
 */
public final class Nat {

    private final List<Inet4Address> publicAddresses;
    private final NatBehaviour behaviour;
    private final int firstPort;
    private final int lastPort;
    private final long udpTimeout;
    private final long tcpTimeout;
    /**
     * RFC 5382 §5 REQ-5: until a TCP connection is established its mapping may be dropped after the
     * "transitory connection idle-timeout", at least 4 minutes (Linux's conntrack: 120 s in
     * SYN_SENT, 60 s in SYN_RECV); the established timeout applies only after the handshake.
     */
    public static final long TCP_TRANSITORY_TIMEOUT = 240_000_000_000L;

    private final List<Entry> entries = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();
    private int nextPort;
    private int nextId = 1;

    /**
     * @param firstPort  lowest external port the NAT allocates
     * @param lastPort   highest external port
     * @param startPort  where sequential allocation starts (a seeded choice)
     * @param udpTimeout idle time after which a UDP mapping expires, in nanoseconds
     * @param tcpTimeout idle time after which a TCP mapping expires, in nanoseconds
     */
    public Nat(List<Inet4Address> publicAddresses, NatBehaviour behaviour, int firstPort, int lastPort, int startPort,
               long udpTimeout, long tcpTimeout) {
        if (publicAddresses.isEmpty()) {
            throw new IllegalArgumentException("a NAT needs at least one public address");
        }
        if (firstPort < 1 || lastPort > 0xFFFF || firstPort > lastPort) {
            throw new IllegalArgumentException("bad external port range " + firstPort + "-" + lastPort);
        }
        if (startPort < firstPort || startPort > lastPort) {
            throw new IllegalArgumentException("start port " + startPort + " outside " + firstPort + "-" + lastPort);
        }
        this.publicAddresses = List.copyOf(publicAddresses);
        this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
        this.firstPort = firstPort;
        this.lastPort = lastPort;
        this.nextPort = startPort;
        this.udpTimeout = udpTimeout;
        this.tcpTimeout = tcpTimeout;
    }

    public NatBehaviour behaviour() {
        return behaviour;
    }

    public List<Inet4Address> publicAddresses() {
        return publicAddresses;
    }

    /** External ports per public address. */
    public int portsPerAddress() {
        return lastPort - firstPort + 1;
    }

    /** Live mappings, oldest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Removes and returns the mappings whose idle timer has run out by {@code now}. */
    public List<Entry> expire(long now) {
        held.removeIf(h -> h.until <= now);
        List<Entry> gone = new ArrayList<>();
        entries.removeIf(e -> {
            if (!e.forwarded && e.expiresAt <= now) {
                gone.add(e);
                return true;
            }
            return false;
        });
        return gone;
    }

    /**
     * An outbound packet from {@code internal} to {@code remote}: finds the mapping the behaviour
     * allows to reuse (RFC 4787 §4.1) or creates one. Empty when no external port is free.
     */
    public Optional<Outbound> outbound(Transport transport, Endpoint internal, Endpoint remote, long now) {
        expire(now);
        for (Entry e : entries) {
            if (e.forwarded && e.transport == transport && e.internal.equals(internal)) {
                e.contacted.add(remote);
                return Optional.of(new Outbound(e, false));
            }
        }
        for (Entry e : entries) {
            if (e.transport == transport && e.internal.equals(internal) && behaviour.mapping().reusable(e.remote, remote)) {
                e.contacted.add(remote);
                refresh(e, now);
                return Optional.of(new Outbound(e, false));
            }
        }
        Endpoint external = allocate(transport, internal, remote);
        if (external == null) {
            return Optional.empty();
        }
        Entry created = new Entry(nextId++, transport, internal, external, remote);
        created.contacted.add(remote);
        refresh(created, now);
        entries.add(created);
        return Optional.of(new Outbound(created, true));
    }

    /**
     * An inbound packet from {@code remote} to the public endpoint {@code external}: the mapping
     * that forwards it, if the filtering behaviour admits it (RFC 4787 §5). Accepted packets
     * refresh the mapping's timer, as Linux does (RFC 4787 REQ-6 makes that a choice).
     */
    public Inbound inbound(Transport transport, Endpoint external, Endpoint remote, long now) {
        expire(now);
        List<Entry> candidates = entries.stream()
                .filter(e -> e.transport == transport && e.external.equals(external)).toList();
        if (candidates.isEmpty()) {
            return new Inbound(null, false, "no mapping for " + external + ": nothing inside has sent from it",
                    Inbound.Why.NO_MAPPING, external, remote);
        }
        for (Entry e : candidates) {
            if (e.forwarded) {
                return new Inbound(e, true, "a port forward to " + e.internal + ": anyone may send to " + external,
                        Inbound.Why.FORWARDED, external, remote);
            }
            if (behaviour.filtering().admits(remote, e.contacted)) {
                refresh(e, now);
                return new Inbound(e, true, behaviour.filtering().displayName() + " filtering: "
                        + behaviour.filtering().rule() + "; " + remote + " " + admittedBecause(e, remote),
                        Inbound.Why.ADMITTED, external, remote);
            }
        }
        return new Inbound(candidates.get(0), false, behaviour.filtering().displayName() + " filtering: "
                + behaviour.filtering().rule() + "; " + candidates.get(0).internal + " has sent only to "
                + describe(candidates.get(0).contacted), Inbound.Why.FILTERED, external, remote);
    }

    private String admittedBecause(Entry e, Endpoint remote) {
        return switch (behaviour.filtering()) {
            case ENDPOINT_INDEPENDENT -> "is let in without any check";
            case ADDRESS_DEPENDENT -> "is an address " + e.internal + " has sent to";
            case ADDRESS_AND_PORT_DEPENDENT -> "is an address and port " + e.internal + " has sent to";
        };
    }

    private static String describe(Collection<Endpoint> contacted) {
        return String.join(", ", contacted.stream().map(Endpoint::toString).toList());
    }

    /**
     * A static mapping configured by hand (a "port forward"): {@code external} always leads to
     * {@code internal}, from any remote, and never expires; the host's outbound packets from that
     * port leave through it too.
     */
    public Entry forward(Transport transport, Endpoint external, Endpoint internal) {
        if (!publicAddresses.contains(external.address())) {
            throw new IllegalArgumentException(external.ip() + " is not one of this NAT's addresses");
        }
        Entry e = new Entry(nextId++, transport, internal, external, new Endpoint(external.address(), 0));
        e.forwarded = true;
        e.expiresAt = Long.MAX_VALUE;
        entries.add(e);
        return e;
    }

    /**
     * Holds {@code count} external ports for mappings towards {@code remote} that a model counts
     * without keeping them one by one (nat-exhaustion's tens of thousands of connections), until
     * {@code until}: the pool's lowest ports, address by address, as sequential allocation from
     * the bottom would have handed them out. New mappings cannot take them while they are held.
     */
    public void hold(Transport transport, Endpoint remote, long count, long until) {
        held.add(new Held(Objects.requireNonNull(transport), Objects.requireNonNull(remote), count, until));
    }

    /** A run of ports held in bulk: the first {@code count} of the pool, towards {@code remote}. */
    private record Held(Transport transport, Endpoint remote, long count, long until) {
    }

    private void refresh(Entry e, long now) {
        e.lastUsed = now;
        e.expiresAt = now + timeout(e);
    }

    /** The idle timeout a mapping has now: UDP's, TCP's transitory one, or TCP's established one. */
    public long timeout(Entry e) {
        if (e.transport == Transport.UDP) {
            return udpTimeout;
        }
        return e.established ? tcpTimeout : Math.min(tcpTimeout, TCP_TRANSITORY_TIMEOUT);
    }

    /** The NAT saw the handshake's last ACK go out: the established timeout applies from now. */
    public void established(Entry e, long now) {
        e.established = true;
        refresh(e, now);
    }

    private Endpoint allocate(Transport transport, Endpoint internal, Endpoint remote) {
        for (Inet4Address address : publicAddresses) {
            if (behaviour.portPreservation() && free(transport, new Endpoint(address, internal.port()), internal, remote)) {
                return new Endpoint(address, internal.port());
            }
        }
        int span = portsPerAddress();
        for (Inet4Address address : publicAddresses) {
            for (int i = 0; i < span; i++) {
                int port = firstPort + Math.floorMod(nextPort - firstPort + i, span);
                Endpoint candidate = new Endpoint(address, port);
                if (free(transport, candidate, internal, remote)) {
                    nextPort = port == lastPort ? firstPort : port + 1;
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code external} can serve a new mapping of {@code internal} towards {@code remote}.
     * With port preservation, one host's mappings share its port (Linux keeps the source port
     * whenever the 5-tuple stays unique); without it, every new mapping takes a port of its own.
     * Mappings of different hosts share a port only when inbound packets stay unambiguous:
     * address-and-port-dependent mapping and filtering, towards different remote endpoints.
     */
    private boolean free(Transport transport, Endpoint external, Endpoint internal, Endpoint remote) {
        long index = (long) publicAddresses.indexOf(external.address()) * portsPerAddress() + external.port() - firstPort;
        for (Held h : held) {
            if (h.transport == transport && index < h.count && !fiveTupleUnique(h.remote, remote)) {
                return false;
            }
        }
        for (Entry e : entries) {
            if (e.transport != transport || !e.external.equals(external)) {
                continue;
            }
            boolean sameHost = e.internal.equals(internal);
            if (sameHost && behaviour.portPreservation()) {
                continue;
            }
            if (sameHost || !fiveTupleUnique(e.remote, remote)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a mapping of another host towards {@code taken} may share a port with one towards {@code remote}. */
    private boolean fiveTupleUnique(Endpoint taken, Endpoint remote) {
        return behaviour.mapping() == Mapping.ADDRESS_AND_PORT_DEPENDENT
                && behaviour.filtering() == Filtering.ADDRESS_AND_PORT_DEPENDENT && !taken.equals(remote);
    }

    /** The result of an outbound packet: the mapping it used and whether it was new. */
    public record Outbound(Entry entry, boolean created) {
    }

    /**
     * The result of an inbound packet: accepted through {@code entry}, or dropped, and why ({@code reason}
     * in English; {@code why}, {@code external} and {@code remote} let a narration say it in its language).
     */
    public record Inbound(Entry entry, boolean accepted, String reason, Why why, Endpoint external, Endpoint remote) {

        /** The rule that decided. */
        public enum Why {
            NO_MAPPING, FORWARDED, ADMITTED, FILTERED
        }
    }

    /** One mapping (a row of the translation table). */
    public static final class Entry {
        private final int id;
        private final Transport transport;
        private final Endpoint internal;
        private final Endpoint external;
        private final Endpoint remote;
        private final Set<Endpoint> contacted = new LinkedHashSet<>();
        private long lastUsed;
        private long expiresAt;
        private boolean forwarded;
        private boolean established;

        Entry(int id, Transport transport, Endpoint internal, Endpoint external, Endpoint remote) {
            this.id = id;
            this.transport = transport;
            this.internal = internal;
            this.external = external;
            this.remote = remote;
        }

        public int id() {
            return id;
        }

        public Transport transport() {
            return transport;
        }

        public Endpoint internal() {
            return internal;
        }

        public Endpoint external() {
            return external;
        }

        /** The remote endpoint the first packet went to. */
        public Endpoint remote() {
            return remote;
        }

        /** Every remote endpoint the inside host has sent to through this mapping. */
        public List<Endpoint> contacted() {
            return List.copyOf(contacted);
        }

        public long lastUsed() {
            return lastUsed;
        }

        public long expiresAt() {
            return expiresAt;
        }

        /** Whether this is a static port forward rather than a mapping the traffic created. */
        public boolean forwarded() {
            return forwarded;
        }
    }
}
