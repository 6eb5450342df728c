package org.wirewise.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wirewise.export.PcapExport;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.Excerpt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wirewise pcap ID -o F.pcap}: the trace's packets as a capture Wireshark opens. */
@Command(name = "pcap", mixinStandardHelpOptions = true,
        description = "Export a lesson's packets as a pcap file, as captured on one host.")
public final class PcapCommand implements Callable<Integer> {

    private final LessonCatalog catalog;

    /** @param catalog the lessons there are (the command line is given the app's) */
    public PcapCommand(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    @Mixin
    LessonArguments lesson;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The .pcap file to write.")
    Path output;

    @Option(names = "--at", paramLabel = "LANE",
            description = "Where the capture is taken: a lane id such as client or server (default: the first lane).")
    String at;

    @Override
    public Integer call() throws CliException {
        LessonSetup setup = lesson.resolve(catalog);
        Trace trace = Simulations.run(setup, lesson.force());
        String id = setup.lesson().id();
        if (trace.packets().isEmpty()) {
            throw new CliException(id + " has no packets to capture: its trace holds no frames (" + setup.lesson().title()
                    + " is shown as numbers and charts, not as packets on a wire), so a capture would be empty; "
                    + "`wirewise trace " + id + "` prints its steps");
        }
        String lane = at == null ? trace.lanes().get(0).id() : at;
        if (trace.lanes().stream().map(Lane::id).noneMatch(lane::equals)) {
            throw new CliException("--at: no lane " + Excerpt.quoted(lane) + "; lanes: "
                    + String.join(", ", trace.lanes().stream().map(Lane::id).toList()));
        }
        if (PcapExport.capturedAt(trace, lane).isEmpty()) {
            throw new CliException("a capture at " + lane + " would hold no packets; lanes that see packets: "
                    + String.join(", ", trace.lanes().stream().map(Lane::id)
                            .filter(l -> !PcapExport.capturedAt(trace, l).isEmpty()).toList()));
        }
        OutputTarget.write(output, System.out, out -> PcapExport.write(trace, lane, out));
        return 0;
    }
}
