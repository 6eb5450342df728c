package org.wirewise.model.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

/** The idle-connection costs a user reads: every KiB of application state is 1,024 bytes more per connection. */
class ConnectionCostsTest {

    @Test
    void theApplicationsShareAddsToTheKernelsAndTheBusiestServerRoundsUp() {
        assertThat(ConnectionCosts.perConnection(16) - ConnectionCosts.perConnection(0)).isEqualTo(16 * 1024);
        assertThat(ConnectionCosts.perConnection(0)).isEqualTo(ConnectionCosts.kernelBytes());
        assertThat(ConnectionCosts.perServer(100_000, 3)).isEqualTo(33_334);
        assertThat(ConnectionCosts.perServer(100_000, 4)).isEqualTo(25_000);
    }

    @Test
    void theLimitsTableWarnsWhenAServerNeedsMoreProxyPortsThanOneAddressHas() {
        assertThat(portsRow(new ScalingScenario(3, ScalingScenario.Stickiness.IP_HASH, 100_000, 8, 100, 100, 1))).contains("too few");
        assertThat(portsRow(new ScalingScenario(4, ScalingScenario.Stickiness.IP_HASH, 100_000, 8, 100, 100, 1))).endsWith("enough");
    }

    private static String portsRow(ScalingScenario s) {
        Trace t = ScalingSimulator.simulate(s);
        Step costs = t.steps().stream().filter(x -> x.snapshot().table(ScalingSimulator.LIMITS).isPresent())
                .findFirst().orElseThrow();
        Table limits = costs.snapshot().table(ScalingSimulator.LIMITS).orElseThrow();
        return limits.rows().get(2).cells().get(2);
    }
}
