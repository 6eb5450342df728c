package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.sim.SimTime;

/** Ports a model holds in bulk (nat-exhaustion's crowd) are unavailable to new mappings until they are freed. */
class NatHoldTest {

    private final Endpoint api = Endpoint.of("198.51.100.80", 443);
    private final Endpoint client = Endpoint.of("10.0.7.9", 1030); // inside the pool: the port it would keep is held

    private static Nat nat(Mapping m, Filtering f) {
        return new Nat(List.of(Endpoint.of("203.0.113.1", 1).address()), new NatBehaviour(m, f, true), 1024, 1033,
                1024, SimTime.seconds(120), SimTime.seconds(7440));
    }

    @Test
    void everyPortHeldTowardsTheDestinationMeansNoMappingUntilTheyAreFreed() {
        Nat nat = nat(Mapping.ENDPOINT_INDEPENDENT, Filtering.ENDPOINT_INDEPENDENT);
        nat.hold(Transport.TCP, api, 10, SimTime.seconds(5));
        assertThat(nat.outbound(Transport.TCP, client, api, SimTime.seconds(1))).isEmpty();
        assertThat(nat.outbound(Transport.UDP, client, api, SimTime.seconds(1))).isPresent();
        assertThat(nat.outbound(Transport.TCP, client, api, SimTime.seconds(5))).isPresent();
    }

    @Test
    void aPartialHoldLeavesTheRestOfThePool() {
        Nat nat = nat(Mapping.ENDPOINT_INDEPENDENT, Filtering.ENDPOINT_INDEPENDENT);
        nat.hold(Transport.TCP, api, 7, SimTime.seconds(5));
        Endpoint external = nat.outbound(Transport.TCP, Endpoint.of("10.0.7.9", 1024), api, 0).orElseThrow().entry()
                .external();
        assertThat(external.port()).isEqualTo(1031); // 1024 (the client's own port) is held: the first free one
    }

    @Test
    void addressAndPortDependentNatsShareHeldPortsTowardsAnotherDestination() {
        Nat nat = nat(Mapping.ADDRESS_AND_PORT_DEPENDENT, Filtering.ADDRESS_AND_PORT_DEPENDENT);
        nat.hold(Transport.TCP, api, 10, SimTime.seconds(5));
        assertThat(nat.outbound(Transport.TCP, client, api, 0)).isEmpty();
        assertThat(nat.outbound(Transport.TCP, client, Endpoint.of("192.0.2.1", 443), 0)).isPresent();
    }
}
