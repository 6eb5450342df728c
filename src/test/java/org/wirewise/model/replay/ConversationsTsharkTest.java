package org.wirewise.model.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.TestCaptures;
import org.wirewise.testing.Tshark;

/**
 * The conversation list is the one Wireshark shows: every row of {@code tshark -q -z conv,tcp}
 * and {@code conv,udp} on the real captures, with the same endpoints, frame counts, bytes and
 * duration, and no row tshark does not have.
 */
class ConversationsTsharkTest {

    /** "A <-> B  framesBtoA bytesBtoA  framesAtoB bytesAtoB  total  start  duration". */
    private static final Pattern ROW = Pattern.compile(
            "^(\\S+)\\s+<->\\s+(\\S+)\\s+(\\d+)\\s+(\\d+) (bytes|kB|MB)\\s+(\\d+)\\s+(\\d+) (bytes|kB|MB)"
                    + "\\s+\\d+\\s+\\d+ (?:bytes|kB|MB)\\s+([\\d.]+)\\s+([\\d.]+)\\s*$");

    @ParameterizedTest
    @ValueSource(strings = {TestCaptures.HTTP_SIMPLE_GET, TestCaptures.WEBSOCKET, TestCaptures.DNS_UDP,
            TestCaptures.RETRANSMISSIONS, TestCaptures.TLS13, TestCaptures.NDPI_HTTP_PCAPNG})
    void everyTcpAndUdpConversationMatchesTsharksTable(String file) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path path = TestCaptures.DIR.resolve(file);
        OpenedCapture opened = OpenedCapture.of(PcapReader.read(path));
        List<String> expected = new ArrayList<>();
        for (String table : List.of("tcp", "udp")) {
            for (String line : conv(path, table)) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    expected.add(table.toUpperCase(Locale.ROOT) + " " + m.group(1) + " <-> " + m.group(2)
                            + " A>B " + m.group(6) + "/" + bytes(m.group(7), m.group(8))
                            + " B>A " + m.group(3) + "/" + bytes(m.group(4), m.group(5))
                            + " duration " + m.group(10));
                }
            }
        }
        List<String> ours = opened.conversations().stream()
                .filter(c -> c.protocol() == Frame.TCP || c.protocol() == Frame.UDP)
                .map(c -> c.protocolName() + " " + c.a() + " <-> " + c.b()
                        + " A>B " + c.framesAtoB() + "/" + bytes(c.bytesAtoB())
                        + " B>A " + c.framesBtoA() + "/" + bytes(c.bytesBtoA())
                        + " duration " + String.format(Locale.ROOT, "%.4f", c.durationNanos() / 1e9))
                .toList();
        assertThat(expected).as("tshark printed conversations").isNotEmpty();
        assertThat(ours).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** tshark prints bytes exactly below 10 kB and rounded to kB/MB above; compare at its precision. */
    private static String bytes(String value, String unit) {
        return unit.equals("bytes") ? value : value + " " + unit;
    }

    private static String bytes(long value) {
        if (value < 10_000) {
            return Long.toString(value);
        }
        return value < 10_000_000 ? Math.round(value / 1000.0) + " kB" : Math.round(value / 1e6) + " MB";
    }

    private static List<String> conv(Path file, String table) throws Exception {
        Process p = new ProcessBuilder("tshark", "-n", "-r", file.toString(), "-q", "-z", "conv," + table)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }
}
