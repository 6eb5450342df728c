package org.wirewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.nat.NatTableScenario;
import org.wirewise.model.nat.NatTableSimulator;
import org.wirewise.model.nat.NatTraversalScenario;
import org.wirewise.model.nat.NatTraversalSimulator;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.packet.Field;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.testing.Tshark;

/** The DNS and STUN the NAT lessons send read as DNS and STUN, as Wireshark reads them. */
class NatPayloadsWiresharkTest {

    @TempDir
    Path dir;

    /** The frames a capture at {@code lane} holds, in the order PcapExport writes them. */
    private static List<Field> dissected(Trace trace, String lane) {
        return trace.packets().stream().filter(p -> p.from().equals(lane) || p.to().equals(lane))
                .filter(TracePacket::delivered).map(p -> Dissector.dissect(p.frame())).toList();
    }

    private static List<String> all(Field root, String name) {
        List<String> out = new ArrayList<>();
        collect(root, name, out);
        return out;
    }

    private static void collect(Field f, String name, List<String> out) {
        if (f.name().equals(name)) {
            out.add(f.value());
        }
        f.children().forEach(c -> collect(c, name, out));
    }

    @Test
    void theNatTablesDnsIsDnsWithTheNamesAndAddressesTsharkReads() throws Exception {
        Trace trace = NatTableSimulator.simulate(NatTableScenario.DEFAULTS);
        List<Field> frames = dissected(trace, NatTableSimulator.DNS);
        assertThat(frames).isNotEmpty().allSatisfy(f -> assertThat(f.children()).extracting(Field::name)
                .contains("Domain Name System"));
        assumeTrue(Tshark.available(), Tshark.MISSING);
        List<String[]> theirs = Tshark.fields(trace, NatTableSimulator.DNS, dir, "dns.id", "dns.qry.name", "dns.a");
        assertThat(theirs).hasSameSizeAs(frames);
        for (int i = 0; i < frames.size(); i++) {
            Field f = frames.get(i);
            assertThat(new String[] {all(f, "Transaction ID").get(0), String.join(",", all(f, "Name").subList(0, 1)),
                    String.join(",", all(f, "Address"))}).as("frame %d", i + 1).containsExactly(theirs.get(i));
        }
    }

    @Test
    void theTraversalsStunIsStunWithTheAddressesTsharkDecodes() throws Exception {
        Trace trace = NatTraversalSimulator.simulate(NatTraversalScenario.DEFAULTS);
        List<Field> frames = dissected(trace, NatTraversalSimulator.SERVER);
        assertThat(frames).anySatisfy(f -> assertThat(all(f, "X-IP")).isNotEmpty());
        assumeTrue(Tshark.available(), Tshark.MISSING);
        List<String[]> theirs = Tshark.fields(trace, NatTraversalSimulator.SERVER, dir, "stun.type", "stun.att.ipv4",
                "stun.att.port");
        assertThat(theirs).hasSameSizeAs(frames);
        for (int i = 0; i < frames.size(); i++) {
            Field f = frames.get(i);
            List<String> types = all(f, "Message Type");
            String type = types.isEmpty() ? "" : types.get(0).split(" ")[0];
            List<String> ips = new ArrayList<>(all(f, "X-IP"));
            List<String> ports = new ArrayList<>(all(f, "X-Port"));
            assertThat(new String[] {type, String.join(",", ips), ports.stream().collect(Collectors.joining(","))})
                    .as("frame %d", i + 1).containsExactly(theirs.get(i));
        }
    }
}
