package org.wirewise.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
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

/**
 * {@code wirewise pcap ID -o F.pcap}: the trace's packets as a capture Wireshark opens. A lesson
 * whose trace carries TLS secrets is written as pcapng with its key log inside (a file named
 * .pcap becomes .pcapng), and {@code --keylog FILE} also writes the key log for other tools.
 */
@Command(name = "pcap", mixinStandardHelpOptions = true,
        description = {"Export a lesson's packets as a pcap file, as captured on one host.",
            "A TLS lesson's capture is pcapng with its key log inside, so Wireshark decrypts it with no settings."})
public final class PcapCommand implements Callable<Integer> {

    private final LessonCatalog catalog;

    /** @param catalog the lessons there are (the command line is given the app's) */
    public PcapCommand(LessonCatalog catalog) {
        this.catalog = catalog;
    }

    @Mixin
    LessonArguments lesson;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The .pcap file to write (.pcapng for a TLS lesson).")
    Path output;

    @Option(names = "--keylog", paramLabel = "FILE",
            description = "Also write the TLS secrets as an SSLKEYLOGFILE (NSS key log) for other tools.")
    Path keyLog;

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
        if (keyLog != null && trace.secrets().isEmpty()) {
            throw new CliException("--keylog: " + id + " sends no TLS, so it has no secrets to log; nothing was written "
                    + "(without --keylog its capture is written as plain pcap)");
        }
        Path file = named(output, PcapExport.extension(trace));
        OutputTarget.write(file, System.out, out -> PcapExport.write(trace, lane, out));
        if (keyLog != null) {
            OutputTarget.write(keyLog, System.out,
                    out -> out.write(PcapExport.keyLog(trace).getBytes(StandardCharsets.US_ASCII)));
        }
        if (!file.equals(output)) {
            System.out.println("wrote " + file + ": the capture carries its TLS key log, which needs pcapng");
        }
        return 0;
    }

    /** A file named .pcap gets the extension its format has; any other name is the user's choice. */
    static Path named(Path output, String extension) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        if (extension.equals(".pcapng") && name.toLowerCase(Locale.ROOT).endsWith(".pcap")) {
            return output.resolveSibling(name + "ng");
        }
        return output;
    }
}
