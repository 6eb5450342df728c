package org.wirewise.model.nat;

import java.util.ArrayList;
import java.util.List;

/**
 * UDP hole punching between two peers behind NATs (RFC 5128 §3.3), run on two real {@link Nat}
 * instances: each peer learns its server-reflexive address from a STUN server, then both send to
 * each other's reflexive address at once; a peer that hears from the other answers the address
 * the packet came from, as ICE does with peer-reflexive candidates (RFC 8445 §7.3.1.3). It works
 * when both directions get through within three rounds.
 */
public final class HolePunching {

    public static final Endpoint PEER_A = Endpoint.of("192.168.1.10", 50000);
    public static final Endpoint PEER_B = Endpoint.of("10.0.0.20", 50000);
    public static final String NAT_A_PUBLIC = "203.0.113.1";
    public static final String NAT_B_PUBLIC = "198.51.100.2";
    public static final Endpoint STUN_SERVER = Endpoint.of("192.0.2.3", Stun.PORT);
    public static final int ROUNDS = 3;

    private HolePunching() {
    }

    /** A NAT as the peers' home routers are set up here (UDP timeout far beyond the exchange). */
    public static Nat nat(String publicAddress, NatBehaviour behaviour, int startPort) {
        return new Nat(List.of(Endpoint.of(publicAddress, 1).address()), behaviour, 1024, 65535, startPort,
                120_000_000_000L, 7_440_000_000_000L);
    }

    public static Outcome attempt(NatBehaviour a, NatBehaviour b) {
        return attempt(nat(NAT_A_PUBLIC, a, 40000), nat(NAT_B_PUBLIC, b, 61000));
    }

    /** Runs the exchange on the two NATs given (which it changes), one round a second. */
    public static Outcome attempt(Nat natA, Nat natB) {
        Exchange exchange = new Exchange(natA, natB, 0);
        for (int round = 1; round <= ROUNDS && !exchange.success(); round++) {
            exchange.send(round * 1_000_000_000L);
            exchange.arrive(round * 1_000_000_000L);
        }
        return exchange.outcome();
    }

    /**
     * The exchange one half-round at a time (both checks leave, then both arrive), on bare NATs: the
     * rule the grid is computed with. nat-traversal runs the same rounds on a network
     * ({@link HolePunchRounds}); NatTraversalSimulatorTest checks the two agree for every pair.
     */
    public static final class Exchange {
        private final Nat natA;
        private final Nat natB;
        private final Endpoint reflexiveA;
        private final Endpoint reflexiveB;
        private final List<Attempt> attempts = new ArrayList<>();
        private Endpoint targetA;
        private Endpoint targetB;
        private Endpoint fromA;
        private Endpoint fromB;
        private boolean aHeard;
        private boolean bHeard;
        private int round;

        /** Both peers learn (or refresh) their reflexive addresses from the STUN server at {@code now}. */
        public Exchange(Nat natA, Nat natB, long now) {
            this.natA = natA;
            this.natB = natB;
            reflexiveA = natA.outbound(Transport.UDP, PEER_A, STUN_SERVER, now).orElseThrow().entry().external();
            reflexiveB = natB.outbound(Transport.UDP, PEER_B, STUN_SERVER, now).orElseThrow().entry().external();
            targetA = reflexiveB;
            targetB = reflexiveA;
        }

        /** Both peers send a check to their current target; the packets leave the NATs at {@code now}. */
        public void send(long now) {
            round++;
            fromA = natA.outbound(Transport.UDP, PEER_A, targetA, now).orElseThrow().entry().external();
            fromB = natB.outbound(Transport.UDP, PEER_B, targetB, now).orElseThrow().entry().external();
        }

        /** The two checks reach the far NATs at {@code now}; returns A's and B's attempt. */
        public List<Attempt> arrive(long now) {
            Nat.Inbound atB = natB.inbound(Transport.UDP, targetA, fromA, now);
            Nat.Inbound atA = natA.inbound(Transport.UDP, targetB, fromB, now);
            Attempt a = new Attempt(round, "A", PEER_A, fromA, targetA, atB.accepted(), atB.reason());
            Attempt b = new Attempt(round, "B", PEER_B, fromB, targetB, atA.accepted(), atA.reason());
            attempts.add(a);
            attempts.add(b);
            if (atB.accepted()) {
                bHeard = true;
                targetB = fromA;
            }
            if (atA.accepted()) {
                aHeard = true;
                targetA = fromB;
            }
            return List.of(a, b);
        }

        public boolean success() {
            return aHeard && bHeard;
        }

        public Outcome outcome() {
            return new Outcome(success(), reflexiveA, reflexiveB, attempts);
        }
    }

    /** One packet of the exchange: who sent it, from and to where, and whether the far NAT let it in. */
    public record Attempt(int round, String sender, Endpoint internalSource, Endpoint externalSource,
                          Endpoint destination, boolean delivered, String reason) {
    }

    /** Whether a direct path opened, the reflexive addresses STUN reported, and every packet tried. */
    public record Outcome(boolean success, Endpoint reflexiveA, Endpoint reflexiveB, List<Attempt> attempts) {
        public Outcome {
            attempts = List.copyOf(attempts);
        }
    }
}
