package org.wirewise.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.wirewise.model.trace.TimeSeries;

/**
 * The one CSV writer for time series (RFC 4180 quoting): a header {@code time_s,<columns>}, then a
 * row per sample with the time in seconds to the microsecond (six decimals)
 * and each cell as the series prints it. Series that share columns can follow one header.
 */
public final class SeriesCsv {

    private final String lineEnd;

    /** @param lineEnd "\r\n" as RFC 4180 asks, or the platform's for a terminal */
    public SeriesCsv(String lineEnd) {
        this.lineEnd = lineEnd;
    }

    public static String header(TimeSeries series) {
        StringBuilder b = new StringBuilder("time_s");
        for (TimeSeries.Column c : series.columns()) {
            b.append(',').append(TraceCsv.quote(c.name()));
        }
        return b.toString();
    }

    public void writeHeader(TimeSeries series, Appendable out) throws IOException {
        out.append(header(series)).append(lineEnd);
    }

    public void writeRows(TimeSeries series, Appendable out) throws IOException {
        int columns = series.columns().size();
        StringBuilder line = new StringBuilder(128);
        for (int row = 0; row < series.size(); row++) {
            line.setLength(0);
            line.append(String.format(Locale.ROOT, "%.6f", series.time(row) / 1e9));
            for (int c = 0; c < columns; c++) {
                line.append(',').append(TraceCsv.quote(series.text(row, c)));
            }
            out.append(line).append(lineEnd);
        }
    }

    /** Several series of the same columns under one header (a congestion lesson's runs). */
    public void write(List<? extends TimeSeries> series, Appendable out) throws IOException {
        if (series.isEmpty()) {
            return;
        }
        writeHeader(series.get(0), out);
        for (TimeSeries s : series) {
            writeRows(s, out);
        }
    }
}
