package org.wirewise.ui.lesson.congestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewise.Main;

/** Bad options of {@code wirewise bench-chart} get one clear line and exit 2, before any window opens. */
class ChartBenchCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--samples 5       | --samples: expected 1000 to 50000000, got 5",
        "--lines 0         | --lines: expected 1 to 12, got 0",
        "--lines 13        | --lines: expected 1 to 12, got 13",
        "--seconds 0.5     | --seconds: expected 1 to 120, got 0.5",
        "--seconds NaN     | --seconds: expected 1 to 120, got NaN"})
    void rejectsBadOptionsInOneLine(String args, String message) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = ("bench-chart " + args).split(" +");
        int code = Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("wirewise: " + message);
        assertThat(out.toString()).isEmpty();
    }
}
