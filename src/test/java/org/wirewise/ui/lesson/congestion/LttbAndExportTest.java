package org.wirewise.ui.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.congestion.CongestionScenario;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.trace.Trace;

class LttbAndExportTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void decimationKeepsEndpointsAndPeaksOfAMillionSamples(long seed) {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = rnd.nextDouble();
        }
        int spike = 1 + rnd.nextInt(n - 2);
        y[spike] = 50;
        double[] ox = new double[2000];
        double[] oy = new double[2000];
        int m = Lttb.decimate(x, y, n, 2000, ox, oy);
        assertThat(m).isEqualTo(2000);
        assertThat(ox[0]).isZero();
        assertThat(ox[m - 1]).isEqualTo(n - 1);
        assertThat(oy).contains(50.0);
        for (int i = 1; i < m; i++) {
            assertThat(ox[i]).isGreaterThan(ox[i - 1]);
        }
    }

    @Test
    void exportsEverySampleAndEventWithTheCommandLineColumns(@TempDir Path dir) throws Exception {
        Trace trace = CongestionSimulator.simulate(new CongestionScenario("reno,bbr", CongestionScenario.Compare.SEPARATE,
                1, 10, 40, 1, 1, 0, 5, true, 1));
        CongestionSimulator.CongestionRun run = CongestionSimulator.runOf(trace);
        File file = dir.resolve("c.csv").toFile();
        SeriesExport.write(run, file);
        List<String> lines = Files.readAllLines(file.toPath());
        assertThat(lines.get(0)).isEqualTo("time_s,run,flow,algorithm,cwnd_bytes,ssthresh_bytes,inflight_bytes,srtt_ms,"
                + "delivery_rate_bps,queue_packets,phase,event");
        assertThat(lines).hasSize(1 + run.results().get(0).samples().size() + run.results().get(0).events().size()
                + run.results().get(1).samples().size() + run.results().get(1).events().size());
        assertThat(lines).anyMatch(l -> l.contains(",bbr,0,bbr,") && l.endsWith(",BBR ProbeBW,"));
        // An event row: no sample columns, the event's name last.
        assertThat(lines).anyMatch(l -> l.contains(",reno,0,reno,") && l.matches(".*,,,,,[^,]+,[a-z_]+"));
    }
}
