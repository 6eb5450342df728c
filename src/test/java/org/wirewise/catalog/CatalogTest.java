package org.wirewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Trace;
import org.wirewise.testing.Tshark;

/**
 * What every registered lesson owes, checked over the whole catalog so that a new lesson is
 * covered the day it is registered: its defaults simulate, two runs are byte-identical, its seed
 * changes what a seed should, and Wireshark finds nothing wrong in any lane's capture.
 */
class CatalogTest {

    private static final LessonCatalog CATALOG = org.wirewise.ui.catalog.LessonRegistry.standard().catalog();

    static List<String> lessons() {
        return CATALOG.all().stream().map(Lesson::id).toList();
    }

    private static LessonSetup defaults(String id) throws Exception {
        return LessonSetup.defaults(CATALOG.require(id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void twoRunsOfTheDefaultsAreByteIdentical(String id) throws Exception {
        LessonSetup setup = defaults(id);
        Trace a = setup.simulate();
        Trace b = setup.simulate();
        assertThat(a.stepCount()).as("%s has steps", id).isPositive();
        assertThat(ApprovalTest.json(setup, b)).as("%s trace JSON", id).isEqualTo(ApprovalTest.json(setup, a));
        for (Lane lane : a.lanes()) {
            assertThat(ApprovalTest.pcap(b, lane.id())).as("%s capture at %s", id, lane.id())
                    .isEqualTo(ApprovalTest.pcap(a, lane.id()));
        }
    }

    /** Lessons whose seed acts only under another setting, as their parameter help says. */
    private static final java.util.Map<String, java.util.Map<String, String>> SEED_NEEDS = java.util.Map.of(
            "which-layer", java.util.Map.of("order", "shuffled"));

    /**
     * A seed draws sequence numbers, IP identifications, ports, question orders and random
     * losses: a lesson that takes one must show a different capture or trace under another.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void anotherSeedChangesTheRun(String id) throws Exception {
        LessonSetup setup = defaults(id);
        for (var need : SEED_NEEDS.getOrDefault(id, java.util.Map.of()).entrySet()) {
            setup = setup.with(need.getKey(), need.getValue());
        }
        boolean seeded = setup.lesson().schema().parameter("seed").isPresent();
        assumeTrue(seeded, id + " takes no seed");
        LessonSetup other = setup.with("seed", "9");
        Trace a = setup.simulate();
        Trace b = other.simulate();
        boolean capturesDiffer = false;
        for (Lane lane : a.lanes()) {
            capturesDiffer |= !Arrays.equals(ApprovalTest.pcap(a, lane.id()), ApprovalTest.pcap(b, lane.id()));
        }
        byte[] jsonA = ApprovalTest.json(setup, a);
        byte[] jsonB = ApprovalTest.json(setup, b); // same parameters printed, so only the run can differ
        assertThat(capturesDiffer || !Arrays.equals(jsonA, jsonB))
                .as("%s: seed 9 gives the same capture and trace as seed %s", id, setup.values().get("seed"))
                .isTrue();
    }

    /**
     * tshark with checksum validation on: no bad checksum, no malformed frame, nothing above
     * "note" in its expert info, except what a lesson teaches (a retransmission it narrates, a
     * duplicate ACK, a zero window).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void wiresharkFindsNothingWrongInAnyLanesCapture(String id, @TempDir Path dir) throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace trace = defaults(id).simulate();
        List<String> problems = new ArrayList<>();
        for (Lane lane : trace.lanes()) {
            for (String[] row : Tshark.fields(trace, lane.id(), dir, "frame.number", "_ws.expert.severity",
                    "_ws.expert.message", "_ws.malformed")) {
                if (!row[3].isEmpty() && !resentIntoReassembledRecord(row[2])) {
                    problems.add(lane.id() + " frame " + row[0] + ": malformed");
                }
                String[] severities = row[1].split(",");
                String[] messages = row[2].split(",", -1);
                for (int i = 0; i < severities.length; i++) {
                    String message = i < messages.length ? messages[i] : "";
                    if (!severities[i].isEmpty() && Integer.decode(severities[i]) > NOTE && !taught(message)) {
                        problems.add(lane.id() + " frame " + row[0] + ": " + message);
                    }
                }
            }
        }
        assertThat(problems).as("%s: tshark's complaints", id).isEmpty();
    }

    /** Wireshark's PI_NOTE; warnings and errors are above it. */
    private static final int NOTE = 0x00400000;

    /**
     * tshark 4.0, reading the sender's capture of a TLS stream, re-reads a fast-retransmitted segment into the TLS record
     * it had already reassembled from the first copy and calls the overlap malformed, though the bytes are the same
     * (HolLabSimulatorTest checks they are; with tcp.reassemble_out_of_order on it says nothing): a segment it marks as a
     * retransmission with exactly that overlap is the lesson's loss, not a damaged frame.
     */
    private static boolean resentIntoReassembledRecord(String messages) {
        String overlap = "New fragment overlaps old data (retransmission?)";
        return messages.contains(overlap) && messages.replace(overlap, "").contains("(suspected) retransmission");
    }

    /** Warnings a lesson shows on purpose and narrates. */
    private static boolean taught(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("retransmission") || m.contains("previous segment(s) not captured")
                || m.contains("acked segment that wasn't captured") || m.contains("zero window")
                || m.contains("connection reset") || m.contains("out-of-order") || m.contains("duplicate ack")
                || m.contains("window is full") || m.contains("window specified by the receiver is now completely full");
    }
}
