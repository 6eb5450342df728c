package org.wirewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.pcap.Capture;
import org.wirewise.model.pcap.PcapReader;

/** The NAT lessons from the command line, as the issue names the commands. */
class NatCommandLineTest extends CommandLineHarness {

    @TempDir
    Path dir;

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(stdout.toString(StandardCharsets.UTF_8) + out);
    }

    @Test
    void traceNatBehaviourWithMappingAndFilteringSet() throws Exception {
        assertThat(run("trace", "nat-behaviour", "--set", "mapping=address-and-port-dependent",
                "--set", "filtering=address-and-port-dependent")).isZero();
        JsonNode json = json();
        assertThat(json.get("parameters").get("mapping").asText()).isEqualTo("address-and-port-dependent");
        JsonNode steps = json.get("steps");
        assertThat(steps.get(steps.size() - 1).get("title").asText()).isEqualTo("Verdict: symmetric (APDM/APDF)");
    }

    @Test
    void traceNatTraversalJsonCarriesTheHolePunchingGrid() throws Exception {
        assertThat(run("trace", "nat-traversal", "--format", "json", "--set", "mappingB=endpoint-independent")).isZero();
        JsonNode steps = json().get("steps");
        JsonNode last = steps.get(steps.size() - 1);
        assertThat(last.get("title").asText()).isEqualTo("Direct path chosen");
        JsonNode grid = null;
        for (JsonNode table : last.get("tables")) {
            if (table.get("id").asText().equals("hole-punching-grid")) {
                grid = table;
            }
        }
        assertThat(grid).isNotNull();
        assertThat(grid.get("rows")).hasSize(9);
        assertThat(grid.get("columns").get(9).asText()).isEqualTo("APDM/APDF");
    }

    @Test
    void aWrongBehaviourNameIsOneLineNamingTheChoices() {
        assertThat(run("trace", "nat-behaviour", "--set", "mapping=cone")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("wirewise: mapping: expected one of endpoint-independent, "
                + "address-dependent, address-and-port-dependent, got \"cone\"");
    }

    @Test
    void pcapAtTheNatAndAtAHostGivesTheOutsideAndInsideViews() throws Exception {
        Path both = dir.resolve("nat.pcap");
        Path inside = dir.resolve("host1.pcap");
        assertThat(run("pcap", "nat-table", "--at", "nat", "-o", both.toString())).isZero();
        assertThat(run("pcap", "nat-table", "--at", "host1", "-o", inside.toString())).isZero();
        Capture atNat = PcapReader.read(both);
        Capture atHost = PcapReader.read(inside);
        assertThat(atNat.packets()).hasSizeGreaterThan(atHost.packets().size());
        assertThat(atHost.packets()).hasSize(3); // SYN, SYN-ACK and the ACK that makes the row established
    }
}
