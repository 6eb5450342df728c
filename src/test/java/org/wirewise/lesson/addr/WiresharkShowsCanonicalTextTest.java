package org.wirewise.lesson.addr;

import org.wirewise.testing.Tshark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.addr.AddressExplainer;
import org.wirewise.model.addr.AddressScenario;
import org.wirewise.model.addr.IpAddress;
import org.wirewise.model.trace.Trace;

/**
 * Wireshark as the judge of the address lesson's capture: the datagram's destination is the
 * typed address, Wireshark prints it in the same canonical text (its own RFC 5952 formatter), and
 * the UDP checksum is valid. Skipped, and saying so, where tshark is not installed.
 */
class WiresharkShowsCanonicalTextTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2001:0DB8:0000:0000:0000:FF00:0042:8329", "2001:db8:0:0:1:0:0:1", "2001:0:0:1:0:0:0:1",
            "2001:db8:0:1:1:1:1:1", "::ffff:192.0.2.1", "fe80::1", "ff02::1", "::1", "192.0.2.1/24", "10.0.0.255"})
    void wiresharkPrintsTheSameCanonicalText(String typed) throws Exception {
        assumeTrue(Tshark.available(), "tshark is not installed here; .ci/run installs it for CI");
        Trace trace = AddressExplainer.explain(new AddressScenario(typed));
        boolean v4 = !typed.contains(":");
        List<String> lines = Tshark.fields(trace, AddressExplainer.LANE, dir, v4 ? "ip.dst" : "ipv6.dst", "udp.dstport",
                "udp.checksum.status").stream().map(r -> String.join("|", r)).toList();
        String canonical = IpAddress.parse(typed.split("/")[0]).toString();
        assertThat(lines).as("tshark output").containsExactly(canonical + "|9|1"); // status 1 = good checksum
    }
}
