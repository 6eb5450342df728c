package org.wirewise.cli.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewise.cli.CliException;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.pcap.PcapWriter;
import org.wirewise.model.replay.Conversation;
import org.wirewise.model.replay.OpenedCapture;
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
            write(file);
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

    /** Conversations of a handshake, data segments and their ACKs, on distinct client ports. */
    private void write(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
             PcapWriter writer = new PcapWriter(out, LinkType.ETHERNET)) {
            long time = 1_767_225_600_000_000_000L;
            for (int i = 0; i < packets; i++) {
                int conversation = i / perConversation;
                int k = i % perConversation;
                boolean fromClient = k == 0 || k == 2 || k % 2 == 1;
                writer.write(time, frame(conversation, k, fromClient));
                time += 10_000;
            }
        }
    }

    private static byte[] frame(int conversation, int k, boolean fromClient) {
        int payload = k >= 3 && k % 2 == 1 ? 100 : 0;
        byte[] f = new byte[54 + payload];
        f[12] = 0x08;
        f[14] = 0x45;
        f[16] = (byte) ((40 + payload) >> 8);
        f[17] = (byte) (40 + payload);
        f[22] = 64;
        f[23] = 6;
        byte[] client = {10, 0, (byte) (conversation >> 8), (byte) conversation};
        byte[] server = {10, 1, 0, 1};
        System.arraycopy(fromClient ? client : server, 0, f, 26, 4);
        System.arraycopy(fromClient ? server : client, 0, f, 30, 4);
        int clientPort = 10_000 + conversation % 50_000;
        put16(f, 34, fromClient ? clientPort : 443);
        put16(f, 36, fromClient ? 443 : clientPort);
        long dataSent = Math.max(0, (k - 2) / 2) * 100L;
        long seq = fromClient ? 1000 + (k == 0 ? 0 : 1 + dataSent) : 5000 + (k == 1 ? 0 : 1);
        long ack = fromClient ? (k == 0 ? 0 : 5001) : 1001 + dataSent + (k >= 3 ? 100 : 0);
        put32(f, 38, seq);
        put32(f, 42, ack);
        f[46] = 0x50;
        f[47] = (byte) (k == 0 ? 0x02 : k == 1 ? 0x12 : payload > 0 ? 0x18 : 0x10);
        put16(f, 48, 65535);
        return f;
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 8);
        b[at + 1] = (byte) v;
    }

    private static void put32(byte[] b, int at, long v) {
        put16(b, at, (int) (v >> 16));
        put16(b, at + 2, (int) v);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
