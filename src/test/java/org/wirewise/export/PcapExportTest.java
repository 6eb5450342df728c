package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.model.tcp.HandshakeSimulator;
import org.wirewise.model.trace.Lane;
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
}
