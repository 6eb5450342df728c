package org.wirewise.model.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.TableKey;
import org.wirewise.model.trace.Trace;

/** Sockets named by 5-tuples, and the arithmetic of ephemeral-port exhaustion. */
class PortsSimulatorTest {

    private static PortsScenario with(double rate, double lifetimeMs, PortsScenario.PortRange range, boolean reuse,
                                      int pool) {
        PortsScenario d = PortsScenario.DEFAULTS;
        return new PortsScenario(d.rttMs(), d.seed(), d.connections(), rate, lifetimeMs, d.timeWaitSeconds(), range,
                reuse, pool, "");
    }

    @Test
    void theSeedExample500PerSecondFor60SecondsNeeds30000PortsAndRunsOutOfTheIanaRange() {
        PortsScenario s = with(500, 0, PortsScenario.PortRange.IANA, false, 0);
        assertThat(PortExhaustion.portsNeeded(s)).isEqualTo(30_000);
        assertThat(s.portRange().size()).isEqualTo(16_384);
        assertThat(PortExhaustion.failureAt(s)).isCloseTo(32.768, within(1e-9));
        // Linux's default range (28,232 ports) is not enough either.
        assertThat(PortExhaustion.failureAt(with(500, 0, PortsScenario.PortRange.LINUX, false, 0))).isPositive();
    }

    @Test
    void eachRemedyBringsTheNeedWithinTheRange() {
        assertThat(PortExhaustion.failureAt(with(500, 0, PortsScenario.PortRange.WIDE, false, 0))).isEqualTo(-1);
        assertThat(PortExhaustion.portsNeeded(with(500, 0, PortsScenario.PortRange.IANA, true, 0))).isEqualTo(500);
        assertThat(PortExhaustion.portsNeeded(with(500, 0, PortsScenario.PortRange.IANA, false, 50))).isEqualTo(50);
    }

    @Test
    void everyAcceptedConnectionIsItsOwnSocketBesideTheListener() {
        Trace trace = PortsSimulator.simulate(PortsScenario.DEFAULTS);
        Step last = trace.step(trace.stepCount() - 1);
        List<Table.Row> server = last.snapshot().table(TableKey.of("server-sockets")).orElseThrow().rows();
        assertThat(server.get(0).cells()).containsExactly("TCP", "*:443", "*:*", "LISTEN");
        assertThat(server).hasSize(1 + PortsScenario.DEFAULTS.connections());
        assertThat(server.stream().skip(1).map(r -> r.cells().get(2)).distinct()).hasSize(3);
        List<Table.Row> client = last.snapshot().table(TableKey.of("client-sockets")).orElseThrow().rows();
        assertThat(client).allMatch(r -> r.cells().get(3).equals("TIME-WAIT") && r.highlighted());
        assertThat(last.narration()).contains("tcp_tw_reuse");
        assertThat(trace.step(trace.stepCount() - 2).narration())
                .contains("connect() fails with EADDRNOTAVAIL, \"Cannot assign requested address\"");
    }
}
