package org.wirewise.model.http.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.packet.Field;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.transport.ClientServer;
import org.wirewise.testing.Tshark;

class GrpcSimulatorTest {

    @TempDir
    Path dir;

    @Test
    void tsharkDecodesTheCallsAsGrpcAndProtobufWithNoSettings() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Path pcap = Tshark.export(GrpcSimulator.simulate(GrpcScenario.DEFAULTS), ClientServer.CLIENT, dir);
        List<String[]> all = Tshark.asOpened(pcap, "http2.header.name", "http2.header.value",
                "grpc.message_length", "protobuf.field.number", "_ws.malformed", "http2.rst_stream.error", "http2.streamid");
        assertThat(all).allSatisfy(r -> assertThat(r[4]).isEmpty());
        List<String[]> grpc = all.stream().filter(r -> !r[2].isEmpty()).toList();
        assertThat(grpc).hasSizeGreaterThan(10);
        List<String> paths = new ArrayList<>();
        int okTrailers = 0;
        for (String[] r : grpc) {
            List<String> names = Arrays.asList(r[0].split(","));
            List<String> values = Arrays.asList(r[1].split(","));
            for (int i = 0; i < names.size() && i < values.size(); i++) {
                if (names.get(i).equals(":path")) {
                    paths.add(values.get(i));
                }
                if (names.get(i).equals("grpc-status") && values.get(i).equals("0")) {
                    okTrailers++;
                }
            }
        }
        assertThat(paths).containsExactly("/quotes.Quotes/Get", "/quotes.Quotes/Watch", "/quotes.Quotes/Basket",
                "/quotes.Quotes/Trade", "/quotes.Quotes/Get");
        assertThat(okTrailers).as("one grpc-status 0 per pattern; the deadline call has none").isEqualTo(4);
        assertThat(grpc).extracting(r -> r[3]).contains("1,2,3,4");
        assertThat(all).filteredOn(r -> !r[5].isEmpty()).extracting(r -> r[5] + "@" + r[6]).containsExactly("8@9");
    }

    @Test
    void theBytesPaneReadsTheSameGrpcMessagesAndFieldsAsTshark() throws Exception {
        assumeTrue(Tshark.available(), Tshark.MISSING);
        Trace t = GrpcSimulator.simulate(GrpcScenario.DEFAULTS);
        List<String[]> theirs = Tshark.asOpened(Tshark.export(t, ClientServer.CLIENT, dir), "grpc.message_length",
                "protobuf.field.number");
        List<TracePacket> packets = t.packets();
        assertThat(theirs).hasSize(packets.size());
        for (int i = 0; i < packets.size(); i++) {
            Field root = Dissector.dissect(packets.get(i).frame());
            List<String> lengths = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (Field layer : root.children()) {
                if (layer.name().equals("GRPC Message")) {
                    lengths.add(child(layer, "Message Length").value());
                }
                if (layer.name().equals("Protocol Buffers")) {
                    layer.children().forEach(f -> numbers.add(child(f, "Field Number").value()));
                }
            }
            assertThat(String.join(",", lengths)).as("frame %d", i + 1).isEqualTo(theirs.get(i)[0]);
            assertThat(String.join(",", numbers)).as("frame %d", i + 1).isEqualTo(theirs.get(i)[1]);
        }
    }

    @Test
    void eachPatternHasItsStepsAndTheDeadlineEndsInDeadlineExceeded() {
        Trace t = GrpcSimulator.simulate(GrpcScenario.DEFAULTS);
        List<String> titles = t.steps().stream().map(Step::title).toList();
        assertThat(titles).contains("Unary: a POST to /quotes.Quotes/Get", "Server streaming: Watch asks once",
                "Client streaming: symbol 3 of 3 and END_STREAM", "Bidirectional: answer 2 on the same stream",
                "Deadline exceeded: RST_STREAM(CANCEL)", "The bytes of a Quote", "gRPC vs REST");
        assertThat(titles).filteredOn(x -> x.startsWith("Server streaming: quote")).hasSize(GrpcScenario.DEFAULTS.updates());
        Step goaway = t.steps().stream().filter(s -> s.title().startsWith("GOAWAY")).findFirst().orElseThrow();
        Table calls = goaway.snapshot().table(GrpcSimulator.CALLS).orElseThrow();
        assertThat(calls.rows()).extracting(r -> r.cells().get(5)).containsExactly("0 OK", "0 OK", "0 OK", "0 OK",
                "4 DEADLINE_EXCEEDED (client)");
        assertThat(calls.rows()).extracting(r -> r.cells().get(3) + "/" + r.cells().get(4))
                .containsExactly("1/1", "1/3", "3/1", "3/3", "1/0");
    }

    @Test
    void aDeadlineLongerThanTheServersWorkIsMet() {
        Trace t = GrpcSimulator.simulate(new GrpcScenario(2, 400, 150, 1));
        assertThat(t.steps()).extracting(Step::title).doesNotContain("Deadline exceeded: RST_STREAM(CANCEL)")
                .contains("The answer beat the deadline: grpc-status 0 OK");
        assertThat(t.packets()).noneMatch(p -> p.label().contains("RST_STREAM"));
    }

    @Test
    void theQuoteIsSmallerAsProtobufThanAsJsonAndTheBytesStepExplainsEveryByte() {
        Trace t = GrpcSimulator.simulate(GrpcScenario.DEFAULTS);
        Step bytes = t.steps().stream().filter(s -> s.title().equals("The bytes of a Quote")).findFirst().orElseThrow();
        Table m = bytes.snapshot().table(GrpcSimulator.MESSAGE).orElseThrow();
        int explained = m.rows().stream().mapToInt(r -> r.cells().get(0).split(" ").length).sum();
        TracePacket p = t.packets().get(bytes.packetId());
        int quoteLength = Integer.parseInt(m.rows().get(1).cells().get(4).split(" ")[0]);
        assertThat(explained).isEqualTo(5 + quoteLength);
        assertThat(p.label()).contains("DATA[1]");
        Table versus = t.steps().get(t.steps().size() - 1).snapshot().table(GrpcSimulator.VERSUS_REST).orElseThrow();
        assertThat(versus.rows().get(1).cells().get(1)).startsWith(quoteLength + " bytes");
    }

    @Test
    void badParametersAreRefusedWithWhatIsAllowed() {
        assertThat(new GrpcScenario(0, 100, 100, 1).problem()).contains("1 to 8");
        assertThat(new GrpcScenario(3, 5, 100, 1).problem()).contains("10 to 2000 ms");
        assertThat(GrpcScenario.DEFAULTS.problem()).isNull();
    }

    private static Field child(Field f, String name) {
        return f.children().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
