package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hole-punching outcome for every pair of the nine RFC 4787 behaviours (81 pairs), against
 * the reasoning of RFC 5128 §3.3 and RFC 4787 §4.1/§5: a reflexive address learned from STUN is
 * only good for the peer if the mapping is endpoint-independent (REQ-1); a packet from a new
 * mapping only gets in through filtering that does not insist on the exact address and port.
 */
class HolePunchingTest {

    static Stream<Arguments> everyPair() {
        return Stream.of(Mapping.values()).flatMap(ma -> Stream.of(Filtering.values()).flatMap(fa ->
                Stream.of(Mapping.values()).flatMap(mb -> Stream.of(Filtering.values()).map(fb ->
                        Arguments.of(new NatBehaviour(ma, fa, false), new NatBehaviour(mb, fb, false))))));
    }

    /** The outcome derived by hand from the RFC definitions, one case per line of reasoning. */
    static boolean expected(NatBehaviour a, NatBehaviour b) {
        boolean aEim = a.mapping() == Mapping.ENDPOINT_INDEPENDENT;
        boolean bEim = b.mapping() == Mapping.ENDPOINT_INDEPENDENT;
        boolean aStrict = a.filtering() == Filtering.ADDRESS_AND_PORT_DEPENDENT;
        boolean bStrict = b.filtering() == Filtering.ADDRESS_AND_PORT_DEPENDENT;
        boolean aOpen = a.filtering() == Filtering.ENDPOINT_INDEPENDENT;
        boolean bOpen = b.filtering() == Filtering.ENDPOINT_INDEPENDENT;
        if (aEim && bEim) {
            return true; // both reflexive addresses are right; each side has already sent to the other
        }
        if (aEim) {
            return !aStrict; // B's packet comes from a new port: A must accept it, then B hears A
        }
        if (bEim) {
            return !bStrict;
        }
        // Neither reflexive address is valid for the peer: one side must be open to anyone and the
        // other accept the answer from a port it did not send to.
        return (bOpen && !aStrict) || (aOpen && !bStrict);
    }

    @ParameterizedTest(name = "A {0} × B {1}")
    @MethodSource("everyPair")
    void everyPairOfBehavioursPunchesThroughOrNotAsTheRfcsImply(NatBehaviour a, NatBehaviour b) {
        HolePunching.Outcome outcome = HolePunching.attempt(a, b);
        assertThat(outcome.success()).as(a.shortName() + " × " + b.shortName()).isEqualTo(expected(a, b));
        assertThat(HolePunching.attempt(b, a).success()).as("symmetric in A and B").isEqualTo(outcome.success());
    }

    @Test
    void theClassicTableOfNamedNatTypes() {
        NatBehaviour full = new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT, Filtering.ENDPOINT_INDEPENDENT, false);
        NatBehaviour restricted = new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT, Filtering.ADDRESS_DEPENDENT, false);
        NatBehaviour portRestricted = new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, false);
        NatBehaviour symmetric = new NatBehaviour(Mapping.ADDRESS_AND_PORT_DEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, false);
        assertThat(HolePunching.attempt(portRestricted, portRestricted).success()).isTrue();
        assertThat(HolePunching.attempt(full, symmetric).success()).isTrue();
        assertThat(HolePunching.attempt(restricted, symmetric).success()).isTrue();
        assertThat(HolePunching.attempt(portRestricted, symmetric).success()).isFalse();
        assertThat(HolePunching.attempt(symmetric, symmetric).success()).isFalse();
    }

    @Test
    void aPortPreservingSymmetricNatStillLetsTheHoleThrough() {
        NatBehaviour symmetric = new NatBehaviour(Mapping.ADDRESS_AND_PORT_DEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, true);
        HolePunching.Outcome outcome = HolePunching.attempt(symmetric, symmetric);
        assertThat(outcome.success()).isTrue();
        assertThat(outcome.reflexiveA().port()).isEqualTo(HolePunching.PEER_A.port());
    }

    @Test
    void stunReportsTheMappingTheNatMadeTowardsTheStunServer() {
        NatBehaviour symmetric = new NatBehaviour(Mapping.ADDRESS_AND_PORT_DEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, false);
        HolePunching.Outcome outcome = HolePunching.attempt(symmetric, symmetric);
        assertThat(outcome.reflexiveA().toString()).isEqualTo("203.0.113.1:40000");
        assertThat(outcome.attempts().get(0).externalSource())
                .as("towards the peer, a symmetric NAT picks another port").isEqualTo(Endpoint.of("203.0.113.1", 40001));
        assertThat(outcome.attempts()).hasSize(2 * HolePunching.ROUNDS).noneMatch(HolePunching.Attempt::delivered);
    }
}
