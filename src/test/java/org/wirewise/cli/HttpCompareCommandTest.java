package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.wirewise.model.http.hol.HolComparison;
import org.wirewise.model.http.hol.HolProtocol;
import org.wirewise.model.http.hol.HolSetup;

class HttpCompareCommandTest extends CommandLineHarness {

    @Test
    void jsonCarriesEachProtocolsPageLoadAndEveryRequest() throws Exception {
        assertThat(run("http", "compare", "--rtt", "50ms", "--assets", "4", "--lose-packet", "2", "--seed", "3",
                "--format", "json")).isZero();
        JsonNode root = new ObjectMapper().readTree(stdoutText());
        assertThat(root.get("protocols")).hasSize(3);
        HolSetup same = new HolSetup(50, 20, 0, 2, 4, 3);
        for (JsonNode p : root.get("protocols")) {
            assertThat(p.get("requests")).hasSize(5);
            HolProtocol protocol = HolProtocol.valueOf(p.get("protocol").asText().replace("HTTP/1.1", "HTTP1")
                    .replace("HTTP/", "HTTP"));
            assertThat(p.get("pageLoadMs").asDouble()).isEqualTo(HolComparison.load(protocol, same).pageLoad() / 1e6);
        }
    }

    @Test
    void seedsPrintTheDistributionAndHowLongItTook() {
        assertThat(run("http", "compare", "--rtt", "20ms", "--assets", "2", "--seeds", "3")).isZero();
        assertThat(stdoutText()).contains("over 3 seeds (1..3)").contains("median ms").contains("p95 ms")
                .contains("HTTP/1.1").contains("HTTP/2").contains("HTTP/3").containsPattern("took [0-9.]+ s for 9 page loads");
    }

    @Test
    void badOptionsSayWhatIsAllowed() {
        assertThat(run("http", "compare", "--loss", "50%")).isEqualTo(2);
        assertThat(err.toString()).contains("--loss: expected a number from 0 to 20 %, got 50");
        assertThat(run("http", "compare", "--assets", "many")).isEqualTo(2);
        assertThat(err.toString()).contains("--assets: expected a whole number from 1 to 100, got \"many\"");
        assertThat(run("http", "compare", "--rtt", "5s")).isEqualTo(2);
        assertThat(err.toString()).contains("--rtt: expected a number from 1 to 1000 ms");
        assertThat(run("http", "compare", "--seeds", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--seeds: expected a whole number from 1 to 1000, got 0");
    }
}
