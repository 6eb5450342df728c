package org.wirewise.ui.lesson.congestion;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.util.Locale;
import javafx.scene.Node;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.model.congestion.DumbbellResult;
import org.wirewise.model.congestion.SenderState;
import org.wirewise.model.congestion.Series;
import org.wirewise.scenario.AtomicFiles;

/** Saves a congestion run's samples as CSV, the columns `wirewise simulate congestion` prints. */
final class SeriesExport {

    static final String HEADER = "time_s,run,flow,algorithm,cwnd_bytes,ssthresh_bytes,inflight_bytes,srtt_ms,"
            + "delivery_rate_bps,queue_packets,phase";

    private SeriesExport() {
    }

    static void chooseAndWrite(Node owner, CongestionSimulator.CongestionRun run) {
        if (run == null) {
            return;
        }
        ExportDialog.save(owner, "Export the series as CSV", "congestion.csv", "CSV", ".csv",
                path -> write(run, path.toFile()));
    }

    /** Writes every sample; the file is replaced only when complete. */
    static void write(CongestionSimulator.CongestionRun run, File file) throws IOException {
        AtomicFiles.write(file.toPath(), stream -> writeCsv(run, stream));
    }

    private static void writeCsv(CongestionSimulator.CongestionRun run, OutputStream stream) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write(HEADER);
        out.newLine();
        for (int r = 0; r < run.results().size(); r++) {
            DumbbellResult res = run.results().get(r);
            Series s = res.samples();
            for (int i = 0; i < s.size(); i++) {
                out.write(String.format(Locale.ROOT, "%.6f,%s,%d,%s,%d,%s,%d,%.3f,%.0f,%d,%s", s.time(i) / 1e9,
                        run.labels().get(r), s.flow(i), res.flows().get(s.flow(i)).algorithm(), s.cwnd(i),
                        s.ssthresh(i) >= SenderState.INFINITE_SSTHRESH ? "" : Long.toString(s.ssthresh(i)),
                        s.inflight(i), s.srtt(i) / 1e6, s.deliveryRate(i) * 8, s.queue(i), s.phase(i).label()));
                out.newLine();
            }
        }
        out.flush(); // the stream belongs to AtomicFiles, which closes it
    }
}
