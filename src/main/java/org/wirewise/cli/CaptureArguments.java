package org.wirewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.wirewise.model.replay.CaptureTrace;
import org.wirewise.model.replay.Conversation;
import org.wirewise.model.replay.CaptureFile;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.Excerpt;
import picocli.CommandLine.Option;

/** {@code --capture FILE [--conversation N]}: a capture file replayed as a trace instead of a lesson. */
public final class CaptureArguments {

    /** Captures are read whole; beyond this a file is refused rather than exhausting memory. */

    @Option(names = "--capture", paramLabel = "FILE",
            description = "Replay a .pcap or .pcapng file as a trace instead of a lesson.")
    Path capture;

    @Option(names = "--conversation", paramLabel = "N",
            description = "With --capture: which conversation, from 1 (default: the one with the most frames).")
    Integer conversation;

    /** Whether a capture was given. */
    public boolean given() {
        return capture != null;
    }

    /** Refuses a lesson id and a capture together, and neither. */
    public void checkAgainst(String lessonId) throws CliException {
        if (capture != null && lessonId != null) {
            throw new CliException("--capture replays a capture file, so it takes no lesson id (got "
                    + Excerpt.quoted(lessonId) + "): give one or the other");
        }
        if (capture == null && conversation != null) {
            throw new CliException("--conversation chooses a conversation of --capture FILE; no capture was given");
        }
    }

    /** The capture read and the conversation chosen from it. */
    public record Chosen(Path file, OpenedCapture capture, Conversation conversation) {

        public Trace trace() {
            return CaptureTrace.of(capture, conversation);
        }

        /** The replay with its steps' words in {@code language}. */
        public Trace trace(java.util.Locale language) {
            return CaptureTrace.of(capture, conversation, 0, language);
        }
    }

    /** Reads the capture and replays the chosen conversation; says on {@code err} which one, when there are several. */
    public Trace resolve(PrintStream err) throws CliException {
        return choose(err).trace();
    }

    /** Reads the capture and chooses the conversation; says on {@code err} which one, when there are several. */
    public Chosen choose(PrintStream err) throws CliException {
        OpenedCapture opened = open(capture);
        List<Conversation> all = opened.conversations();
        if (all.isEmpty()) {
            throw new CliException(Excerpt.cut(capture.toString()) + " holds no IP conversation ("
                    + opened.capture().size() + " frames, none of them IPv4 or IPv6)");
        }
        Conversation chosen;
        if (conversation != null) {
            if (conversation < 1 || conversation > all.size()) {
                throw new CliException("--conversation: " + Excerpt.cut(capture.toString()) + " has conversations 1 to "
                        + all.size() + ", got " + conversation);
            }
            chosen = all.get(conversation - 1);
        } else {
            chosen = all.stream().max(Comparator.comparingInt(Conversation::framesTotal)
                    .thenComparing(Comparator.comparingInt(Conversation::number).reversed())).orElseThrow();
            if (all.size() > 1) {
                err.println(all.size() + " conversations; replaying " + chosen.number()
                        + " (the most frames). Choose with --conversation N:");
                for (Conversation c : all) {
                    err.println(ConversationTable.row(c));
                }
            }
        }
        return new Chosen(capture, opened, chosen);
    }

    static OpenedCapture open(Path file) throws CliException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CliException(Excerpt.cut(file.toString()) + " is not a file");
            }
            return CaptureFile.open(file, Progress.NONE);
        } catch (IOException e) {
            throw new CliException("cannot open " + Excerpt.cut(file.toString()) + ": " + e.getMessage());
        }
    }
}
