package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.trace.Lane;
import org.wirewise.model.trace.SessionSecret;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TraceBuilder;

class PcapExportTest {

    private static Capture export(Trace trace, String lane) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapExport.write(trace, lane, out);
        return PcapReader.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aCapturePointThatSawNothingStillGivesAValidEmptyPcap() throws Exception {
        TraceBuilder b = new TraceBuilder("empty", List.of(new Lane("a", "A", ""), new Lane("b", "B", "")));
        b.step(0, "Nothing happens", "No packet is sent.", List.of(), -1, new Snapshot(List.of(), List.of()));
        Capture capture = export(b.build(), "b");
        assertThat(capture.linkType()).isEqualTo(1);
        assertThat(capture.packets()).isEmpty();
    }

    @Test
    void eachSideSeesItsOwnSendsAtSendTimeAndTheOthersAtArrival() throws Exception {
        Trace trace = HandshakeSimulator.simulate(HandshakeScenario.DEFAULTS);
        Capture client = export(trace, "client");
        Capture server = export(trace, "server");
        assertThat(client.packets()).hasSize(5);
        assertThat(server.packets()).hasSize(5);
        long synSent = client.packets().get(0).timestampNanos() - PcapExport.EPOCH_NANOS;
        long synSeen = server.packets().get(0).timestampNanos() - PcapExport.EPOCH_NANOS;
        // Classic pcap keeps microseconds.
        assertThat(synSent / 1000).isEqualTo(trace.packets().get(0).sentAt() / 1000);
        assertThat(synSeen / 1000).isEqualTo(trace.packets().get(0).arrivesAt() / 1000);
        assertThat(client.packets().get(0).data()).isEqualTo(server.packets().get(0).data());
    }

    @Test
    void aTraceWithSecrets_isPcapngWithTheKeyLogBeforeThePackets_andNanosecondTimes() throws Exception {
        Trace handshake = HandshakeSimulator.simulate(HandshakeScenario.DEFAULTS);
        SessionSecret secret = new SessionSecret("CLIENT_HANDSHAKE_TRAFFIC_SECRET", new byte[32], new byte[] {1, 2, 3});
        Trace trace = new Trace(handshake.lessonId(), handshake.lanes(), handshake.steps(), handshake.packets(),
                handshake.series(), List.of(secret));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PcapExport.write(trace, "client", out);
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(PcapExport.extension(trace)).isEqualTo(".pcapng");
        assertThat(PcapExport.extension(handshake)).isEqualTo(".pcap");
        // Blocks in file order: section header, interface, secrets, then the five packets.
        List<Integer> types = new java.util.ArrayList<>();
        for (int at = 0; at < file.limit(); at += file.getInt(at + 4)) {
            types.add(file.getInt(at));
        }
        assertThat(types).containsExactly(0x0A0D0D0A, 1, 0x0A, 6, 6, 6, 6, 6);
        String text = new String(out.toByteArray(), StandardCharsets.US_ASCII);
        assertThat(text).contains(secret.nssLine() + "\n");
        Capture read = PcapReader.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.packets().get(0).timestampNanos()).isEqualTo(PcapExport.EPOCH_NANOS + handshake.packets().get(0).sentAt());
        assertThat(read.packets()).extracting(p -> p.data().length)
                .containsExactlyElementsOf(export(handshake, "client").packets().stream().map(p -> p.data().length).toList());
    }
}
