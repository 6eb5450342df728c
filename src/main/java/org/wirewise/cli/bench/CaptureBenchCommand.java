package org.wirewise.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.replay.Conversation;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.replay.SyntheticCapture;
import org.wirewise.model.replay.TcpAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How long a big capture takes to open: writes a capture of many small TCP conversations, then
 * times reading it, decoding and listing its conversations, and analysing the busiest one, and
 * prints the heap the opened capture holds. A benchmark that prints, never a test.
 */
@Command(name = "bench-capture", mixinStandardHelpOptions = true,
        description = "Generate a large capture and time opening it: read, conversation list, TCP analysis, memory.")
public final class CaptureBenchCommand implements Callable<Integer> {

    @Option(names = "--packets", paramLabel = "N", description = "Packets in the capture (default: ${DEFAULT-VALUE}).")
    int packets = 1_000_000;

    @Option(names = "--per-conversation", paramLabel = "N",
            description = "Packets per TCP conversation (default: ${DEFAULT-VALUE}).")
    int perConversation = 1_000;

    @Override
    public Integer call() throws CliException, IOException {
        if (packets < 1 || perConversation < 4) {
            throw new CliException("--packets: 1 or more; --per-conversation: 4 or more");
        }
        Path file = Files.createTempFile("wirewise-bench", ".pcap");
        try {
            SyntheticCapture.write(file, packets, perConversation);
            System.out.printf(Locale.ROOT, "capture: %,d packets, %,d bytes%n", packets, Files.size(file));
            long heapBefore = usedHeap();
            long t0 = System.nanoTime();
            Capture capture = PcapReader.read(file);
            long t1 = System.nanoTime();
            OpenedCapture opened = OpenedCapture.of(capture);
            List<Conversation> conversations = opened.conversations();
            long t2 = System.nanoTime();
            Conversation busiest = conversations.get(0);
            int analysed = TcpAnalysis.of(busiest).size();
            long t3 = System.nanoTime();
            long heapAfter = usedHeap();
            System.out.printf(Locale.ROOT, "read:              %8.1f ms%n", (t1 - t0) / 1e6);
            System.out.printf(Locale.ROOT, "conversation list: %8.1f ms (%,d conversations)%n", (t2 - t1) / 1e6,
                    conversations.size());
            System.out.printf(Locale.ROOT, "open total:        %8.1f ms%n", (t2 - t0) / 1e6);
            System.out.printf(Locale.ROOT, "TCP analysis:      %8.1f ms (%,d frames of conversation 1)%n",
                    (t3 - t2) / 1e6, analysed);
            System.out.printf(Locale.ROOT, "heap held:         %8.1f MB (after GC)%n",
                    (heapAfter - heapBefore) / 1e6);
            // Keep the capture reachable until the heap was measured.
            return opened.frames().isEmpty() ? 1 : 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
