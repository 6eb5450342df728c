package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.catalog.LessonRegistry;

/** {@code wirewise trace} exports the series a trace carries, in JSON and in CSV. */
class TraceSeriesCommandTest extends CommandLineHarness {

    private static final String[] SHORT_RUN = {"--set", "algorithms=reno,bbr", "--set", "durationS=2"};

    private static Trace shortRun() throws Exception {
        LessonSetup setup = LessonSetup.defaults(LessonRegistry.standard().catalog().require("congestion"))
                .with("algorithms", "reno,bbr").with("durationS", "2");
        return setup.simulate();
    }

    @Test
    void congestionJsonHoldsEverySampleAndEventOfEachRun() throws Exception {
        String[] args = concat(new String[] {"trace", "congestion", "--format", "json"}, SHORT_RUN);
        assertThat(run(args)).isZero();
        JsonNode series = new ObjectMapper().readTree(stdoutText()).get("series");
        CongestionSimulator.CongestionRun run = CongestionSimulator.runOf(shortRun());

        assertThat(series).hasSize(2);
        for (int r = 0; r < 2; r++) {
            DumbbellResult res = run.results().get(r);
            JsonNode s = series.get(r);
            assertThat(s.get("id").asText()).isEqualTo(run.labels().get(r));
            assertThat(s.get("columns").get(0).asText()).isEqualTo("time_ns");
            assertThat(s.get("rows")).hasSize(res.samples().size() + res.events().size());
            JsonNode first = s.get("rows").get(0);
            assertThat(first.get(0).asLong()).isEqualTo(res.samples().time(0));
            assertThat(first.get(4).asLong()).isEqualTo(res.samples().cwnd(0));
        }
    }

    @Test
    void csvFollowsTheStepsWithEachSeriesUnderItsOwnHeader() throws Exception {
        String[] args = concat(new String[] {"trace", "congestion", "--format", "csv"}, SHORT_RUN);
        assertThat(run(args)).isZero();
        List<String> lines = stdoutText().lines().toList();

        int reno = lines.indexOf("# series reno: Congestion run reno");
        assertThat(reno).isPositive();
        assertThat(lines.get(reno - 1)).isEmpty();
        assertThat(lines.get(reno + 1)).isEqualTo("time_s,run,flow,algorithm,cwnd_bytes,ssthresh_bytes,"
                + "inflight_bytes,srtt_ms,delivery_rate_bps,queue_packets,phase,event");
        assertThat(lines.get(reno + 2)).startsWith("0.000000,reno,0,reno,");
        assertThat(lines).contains("# series bbr: Congestion run bbr");
    }

    @Test
    void theRunsComeFromTheTraceItselfSoACopyOfTheTraceHasThemToo() throws Exception {
        Trace trace = shortRun();
        Trace copy = new Trace(trace.lessonId(), trace.lanes(), trace.steps(), trace.packets(), trace.series());

        assertThat(CongestionSimulator.runOf(copy)).isEqualTo(CongestionSimulator.runOf(trace));
        assertThat(CongestionSimulator.runOf(copy).labels()).containsExactly("reno", "bbr");
        Trace withoutSeries = new Trace(trace.lessonId(), trace.lanes(), trace.steps(), trace.packets());
        assertThat(CongestionSimulator.runOf(withoutSeries)).isNull();
    }

    @Test
    void portsAndBuffersAreSeriesOfTheirLessonsTraces() throws Exception {
        assertThat(run("trace", "ports-sockets", "--format", "csv")).isZero();
        assertThat(stdoutText()).contains("# series ports-in-use: Ephemeral ports in use\r\ntime_s,in_use_ports\r\n");
        stdout.reset();
        assertThat(run("trace", "tcp-flow-control", "--format", "json")).isZero();
        JsonNode buffers = new ObjectMapper().readTree(stdoutText()).get("series").get(0);
        assertThat(buffers.get("id").asText()).isEqualTo("buffers");
        assertThat(buffers.get("columns").get(6).asText()).isEqualTo("out_of_order_bytes");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
