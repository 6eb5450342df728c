package org.wirewise.cli.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewise.Main;

/** {@code wirewise simulate congestion} as a user types it. */
class CongestionCommandTest {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter err = new StringWriter();
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            return new Result(code, bytes.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void printsTheSeriesAndASummaryPerAlgorithm() {
        Result r = run("simulate", "congestion", "--algo", "reno,cubic,bbr", "--bandwidth", "100mbit", "--rtt", "100ms",
                "--duration", "10s", "--seed", "7");
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo(SeriesWriter.HEADER);
        assertThat(r.out()).contains(",reno,0,reno,", ",cubic,0,cubic,", ",bbr,0,bbr,", "fast_retransmit", "BBR ProbeBW");
        assertThat(r.out()).contains("# summary");
        for (String line : lines) {
            if (line.startsWith("# reno") || line.startsWith("# cubic") || line.startsWith("# bbr")) {
                String[] f = line.substring(2).split(",");
                assertThat(Double.parseDouble(f[3])).as(line).isLessThanOrEqualTo(100e6); // throughput
                assertThat(Double.parseDouble(f[6])).as(line).isBetween(0.5, 1.0); // utilization
            }
        }
    }

    @Test
    void flowsOfDifferentAlgorithmsShareOneBottleneckWithAFairnessIndex() {
        Result r = run("simulate", "congestion", "--algo", "bbr,cubic", "--share", "--flows", "2", "--duration", "10s",
                "--format", "json", "--summary-only");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"run\": \"shared\"", "\"jainFairness\"", "\"flow\": 3");
    }

    @Test
    void theSameSeedPrintsTheSameBytes() {
        String[] args = {"simulate", "congestion", "--algo", "cubic", "--loss", "0.5%", "--duration", "5s", "--seed", "3"};
        assertThat(run(args).out()).isEqualTo(run(args).out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--algo=vegas | --algo: unknown algorithm \"vegas\"",
            "--flows=0 | --flows: expected 1 to 50",
            "--bandwidth=-5mbit | --bandwidth: expected a rate from 1mbit to 10gbit",
            "--bandwidth=100 | --bandwidth: expected a rate from 1mbit to 10gbit",
            "--rtt=fast | --rtt: expected a time",
            "--buffer=2 furlongs | --buffer: expected packets",
            "--loss=2 | --loss: expected a loss probability from 0 to below 1",
            "--drop=31,x | --drop: \"x\" is not a segment number",
            "--drop=0 | --drop: segment numbers start at 1"})
    void badValuesGetOneClearLineAndExitTwo(String arg, String message) {
        Result r = run("simulate", "congestion", arg);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("wirewise: " + message);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void chosenDropsShowNewRenoPartialAcksInTheEvents() {
        Result r = run("simulate", "congestion", "--algo", "newreno,reno", "--no-sack", "--bandwidth", "10mbit", "--rtt",
                "100ms", "--buffer", "10000", "--duration", "3s", "--drop", "31,33,35", "--format", "json");
        assertThat(r.code()).isZero();
        String newReno = r.out().substring(0, r.out().indexOf("\"run\": \"reno\""));
        // NewReno: two partial ACKs and no timeout; Reno in the same scenario times out.
        assertThat(newReno.split("\"event\": \"partial_ack\"", -1)).hasSize(3);
        assertThat(newReno).doesNotContain("\"event\": \"rto\"");
        assertThat(r.out().substring(r.out().indexOf("\"run\": \"reno\""))).contains("\"event\": \"rto\"")
                .doesNotContain("partial_ack");
    }
}
