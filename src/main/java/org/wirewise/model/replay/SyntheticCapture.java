package org.wirewise.model.replay;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.PcapWriter;

/**
 * A large capture made up for benchmarks (bench-capture, bench-capture-chart): many TCP
 * conversations from distinct client ports to one server, each a handshake followed by data
 * segments and their ACKs. Real bytes, so the readers and the analysis do their real work.
 */
public final class SyntheticCapture {

    private SyntheticCapture() {
    }

    /**
     * Writes {@code packets} packets: conversations of {@code perConversation} packets each, a
     * handshake then 100-byte segments from the client, each ACKed at once, 10 µs apart.
     */
    public static void write(Path file, int packets, int perConversation) throws IOException {
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

}
