package org.wirewise.ui.lesson.congestion;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.wirewise.model.congestion.CongestionSimulator;
import org.wirewise.export.SeriesCsv;
import org.wirewise.model.congestion.CongestionSeries;
import org.wirewise.scenario.AtomicFiles;

/** Saves a congestion run's samples and events as CSV, exactly what `wirewise simulate congestion` prints. */
final class SeriesExport {

    private SeriesExport() {
    }

    static void chooseAndWrite(Node owner, CongestionSimulator.CongestionRun run, CongestionWords words) {
        if (run == null) {
            return;
        }
        ExportDialog.save(owner, words, words.get("export.csv"), "congestion.csv", "CSV", ".csv",
                path -> write(run, path.toFile()));
    }

    /** Writes every sample; the file is replaced only when complete. */
    static void write(CongestionSimulator.CongestionRun run, File file) throws IOException {
        AtomicFiles.write(file.toPath(), stream -> writeCsv(run, stream));
    }

    private static void writeCsv(CongestionSimulator.CongestionRun run, OutputStream stream) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        List<CongestionSeries> series = new ArrayList<>();
        for (int r = 0; r < run.results().size(); r++) {
            series.add(new CongestionSeries(run.labels().get(r), run.results().get(r)));
        }
        new SeriesCsv(System.lineSeparator()).write(series, out);
        out.flush(); // the stream belongs to AtomicFiles, which closes it
    }
}
