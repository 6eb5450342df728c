package org.wirewise.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirewise.model.pcap.LinkType;
import org.wirewise.model.pcap.PcapWriter;
import org.wirewise.model.pcap.PcapngWriter;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;

/**
 * Writes a trace's packets as a capture taken on one lane's host would see them: its own packets
 * when they leave, the others' when they arrive. Lost packets appear only where they were seen:
 * at the sender. A trace without TLS secrets is written as classic pcap, the format every tool
 * reads; one with secrets is written as pcapng with the key log in a Decryption Secrets Block
 * before the packets, so Wireshark decrypts its TLS records with no settings.
 */
public final class PcapExport {

    /** Simulated time 0 is placed at 2026-01-01T00:00:00Z, so exports are byte-for-byte stable. */
    public static final long EPOCH_NANOS = 1_767_225_600L * 1_000_000_000L;

    private PcapExport() {
    }

    /** The frames a capture on {@code lane} holds, ordered by capture time. */
    public static List<Captured> capturedAt(Trace trace, String lane) {
        trace.lane(lane); // fails for an unknown lane
        List<Captured> seen = new ArrayList<>();
        for (TracePacket p : trace.packets()) {
            if (p.from().equals(lane)) {
                seen.add(new Captured(p.sentAt(), p));
            } else if (p.to().equals(lane) && p.delivered()) {
                seen.add(new Captured(p.arrivesAt(), p));
            }
        }
        seen.sort(Comparator.comparingLong(Captured::time).thenComparingInt(c -> c.packet().id()));
        return seen;
    }

    /** The file name extension {@link #write} produces for this trace: ".pcapng" when it carries secrets. */
    public static String extension(Trace trace) {
        return trace.secrets().isEmpty() ? ".pcap" : ".pcapng";
    }

    /** The trace's secrets as an SSLKEYLOGFILE: one NSS key log line each, each ending in a line feed. */
    public static String keyLog(Trace trace) {
        StringBuilder log = new StringBuilder();
        for (SessionSecret s : trace.secrets()) {
            log.append(s.nssLine()).append('\n');
        }
        return log.toString();
    }

    public static void write(Trace trace, String lane, OutputStream out) throws IOException {
        // Closing writes the file header even when the capture point saw nothing: an empty capture
        // is still a valid file. Callers pass a stream they are done with (or one that ignores close).
        List<Captured> captured = capturedAt(trace, lane);
        if (trace.secrets().isEmpty()) {
            try (PcapWriter writer = new PcapWriter(out, LinkType.ETHERNET)) {
                for (Captured c : captured) {
                    writer.write(EPOCH_NANOS + c.time(), c.packet().frame());
                }
            }
            return;
        }
        try (PcapngWriter writer = new PcapngWriter(out, LinkType.ETHERNET)) {
            writer.writeTlsKeyLog(keyLog(trace));
            for (Captured c : captured) {
                writer.write(EPOCH_NANOS + c.time(), c.packet().frame());
            }
        }
    }

    /** A packet and the moment the capture saw it. */
    public record Captured(long time, TracePacket packet) {
    }
}
