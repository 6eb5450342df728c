package org.wirewise.model.nat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 4787's definitions, for every mapping × filtering combination: X:x sends to Y1:y1, then to
 * Y1:y2 and Y2:y1 (§4.1 Figure), and probes arrive from Y1:y1, Y1:y2 and Y2:y1 (§5).
 */
class NatBehaviourTest {

    private static final Endpoint X = Endpoint.of("192.168.1.10", 50000);
    private static final Endpoint Y1Y1 = Endpoint.of("198.51.100.7", 3478);
    private static final Endpoint Y1Y2 = Endpoint.of("198.51.100.7", 3479);
    private static final Endpoint Y2Y1 = Endpoint.of("192.0.2.33", 3478);

    static Stream<Arguments> everyCombination() {
        return Stream.of(Mapping.values()).flatMap(m -> Stream.of(Filtering.values()).map(f -> Arguments.of(m, f)));
    }

    private static Nat nat(Mapping m, Filtering f) {
        return new Nat(List.of(Endpoint.of("203.0.113.1", 1).address()), new NatBehaviour(m, f, false), 1024, 65535,
                40000, 120_000_000_000L, 7_440_000_000_000L);
    }

    @ParameterizedTest(name = "{0} mapping, {1} filtering")
    @MethodSource("everyCombination")
    void mappingIsReusedExactlyAsRfc4787Section41Defines(Mapping m, Filtering f) {
        Nat nat = nat(m, f);
        Endpoint first = nat.outbound(Transport.UDP, X, Y1Y1, 0).orElseThrow().entry().external();
        Endpoint samePortOtherRemotePort = nat.outbound(Transport.UDP, X, Y1Y2, 1).orElseThrow().entry().external();
        Endpoint otherAddress = nat.outbound(Transport.UDP, X, Y2Y1, 2).orElseThrow().entry().external();
        Endpoint again = nat.outbound(Transport.UDP, X, Y1Y1, 3).orElseThrow().entry().external();

        assertThat(first.ip()).isEqualTo("203.0.113.1");
        assertThat(again).as("X:x to the same Y1:y1 always reuses its mapping").isEqualTo(first);
        switch (m) {
            case ENDPOINT_INDEPENDENT -> {
                assertThat(samePortOtherRemotePort).isEqualTo(first);
                assertThat(otherAddress).isEqualTo(first);
            }
            case ADDRESS_DEPENDENT -> {
                assertThat(samePortOtherRemotePort).as("same Y1, other port").isEqualTo(first);
                assertThat(otherAddress).as("Y2 gets another mapping").isNotEqualTo(first);
            }
            case ADDRESS_AND_PORT_DEPENDENT -> {
                assertThat(samePortOtherRemotePort).isNotEqualTo(first);
                assertThat(otherAddress).isNotEqualTo(first).isNotEqualTo(samePortOtherRemotePort);
            }
        }
    }

    @ParameterizedTest(name = "{0} mapping, {1} filtering")
    @MethodSource("everyCombination")
    void probesAreFilteredExactlyAsRfc4787Section5Defines(Mapping m, Filtering f) {
        Nat nat = nat(m, f);
        Endpoint mapped = nat.outbound(Transport.UDP, X, Y1Y1, 0).orElseThrow().entry().external();

        Nat.Inbound reply = nat.inbound(Transport.UDP, mapped, Y1Y1, 1);
        Nat.Inbound otherPort = nat.inbound(Transport.UDP, mapped, Y1Y2, 2);
        Nat.Inbound thirdHost = nat.inbound(Transport.UDP, mapped, Y2Y1, 3);

        assertThat(reply.accepted()).as("the reply from Y1:y1 always gets in").isTrue();
        assertThat(reply.entry().internal()).isEqualTo(X);
        assertThat(otherPort.accepted()).as("from Y1:y2").isEqualTo(f != Filtering.ADDRESS_AND_PORT_DEPENDENT);
        assertThat(thirdHost.accepted()).as("from a third host Y2").isEqualTo(f == Filtering.ENDPOINT_INDEPENDENT);
        if (!thirdHost.accepted()) {
            assertThat(thirdHost.reason()).contains(f.displayName()).contains("has sent only to 198.51.100.7:3478");
        }
    }

    @Test
    void inboundToAPortNobodyMappedIsDropped() {
        Nat nat = nat(Mapping.ENDPOINT_INDEPENDENT, Filtering.ENDPOINT_INDEPENDENT);
        Nat.Inbound probe = nat.inbound(Transport.UDP, Endpoint.of("203.0.113.1", 40000), Y1Y1, 0);
        assertThat(probe.accepted()).isFalse();
        assertThat(probe.reason()).startsWith("no mapping");
    }

    @Test
    void classicNamesFollowRfc4787Section3() {
        assertThat(new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT, Filtering.ENDPOINT_INDEPENDENT, false).classicName())
                .isEqualTo("full cone");
        assertThat(new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT, Filtering.ADDRESS_DEPENDENT, false).classicName())
                .isEqualTo("restricted cone");
        assertThat(new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT, Filtering.ADDRESS_AND_PORT_DEPENDENT, false)
                .classicName()).isEqualTo("port-restricted cone");
        NatBehaviour symmetric = new NatBehaviour(Mapping.ADDRESS_AND_PORT_DEPENDENT,
                Filtering.ADDRESS_AND_PORT_DEPENDENT, false);
        assertThat(symmetric.classicName()).isEqualTo("symmetric");
        assertThat(symmetric.shortName()).isEqualTo("APDM/APDF");
    }

    @Test
    void portPreservationKeepsTheInternalPortWhenItIsFree() {
        Nat nat = new Nat(List.of(Endpoint.of("203.0.113.1", 1).address()),
                new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT, Filtering.ENDPOINT_INDEPENDENT, true), 1024, 65535,
                40000, 1, 1);
        assertThat(nat.outbound(Transport.UDP, X, Y1Y1, 0).orElseThrow().entry().external().port()).isEqualTo(50000);
        Endpoint otherHostSamePort = Endpoint.of("192.168.1.11", 50000);
        assertThat(nat.outbound(Transport.UDP, otherHostSamePort, Y1Y1, 0).orElseThrow().entry().external().port())
                .as("the port is taken: another is chosen").isNotEqualTo(50000);
    }

    @Test
    void idleMappingsExpireAfterTheirTransportsTimeoutAndTrafficRefreshesThem() {
        long udp = 30_000_000_000L;
        Nat nat = new Nat(List.of(Endpoint.of("203.0.113.1", 1).address()),
                new NatBehaviour(Mapping.ENDPOINT_INDEPENDENT, Filtering.ADDRESS_AND_PORT_DEPENDENT, false), 1024,
                65535, 40000, udp, 7_440_000_000_000L);
        Endpoint mapped = nat.outbound(Transport.UDP, X, Y1Y1, 0).orElseThrow().entry().external();
        nat.outbound(Transport.TCP, X, Y1Y1, 0);
        assertThat(nat.inbound(Transport.UDP, mapped, Y1Y1, udp - 1).accepted()).as("refreshes the timer").isTrue();
        assertThat(nat.expire(2 * udp - 2)).isEmpty();
        assertThat(nat.expire(2 * udp - 1)).extracting(Nat.Entry::transport).containsExactly(Transport.UDP);
        assertThat(nat.entries()).extracting(Nat.Entry::transport).containsExactly(Transport.TCP);
        assertThat(nat.inbound(Transport.UDP, mapped, Y1Y1, 2 * udp).accepted()).isFalse();
    }
}
