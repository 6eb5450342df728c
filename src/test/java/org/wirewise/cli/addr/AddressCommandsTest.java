package org.wirewise.cli.addr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wirewise.Main;

/** {@code wirewise subnet} and {@code wirewise vpc} as a user runs them. */
class AddressCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void subnetPrintsTheCalculatorAndTheSplit() {
        assertThat(run("subnet", "192.168.10.77/24", "--split", "26")).isZero();
        assertThat(out.toString()).contains("Block            192.168.10.0/24", "Address          192.168.10.77",
                "Broadcast        192.168.10.255", "Usable hosts     254", "Private-Use (192.168.0.0/16, RFC 1918 §3)",
                "Split into /26   4 subnets", "  192.168.10.192/26");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void subnetJsonHasTheNumbersAndTheSubnets() throws Exception {
        assertThat(run("subnet", "2001:db8::/126", "--split", "127", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("broadcast").isNull()).isTrue();
        assertThat(json.get("usableHosts").asLong()).isEqualTo(3);
        assertThat(json.get("lastUsable").asText()).isEqualTo("2001:db8::3");
        assertThat(json.get("split").get("subnets")).extracting(JsonNode::asText)
                .containsExactly("2001:db8::/127", "2001:db8::2/127");
        assertThat(json.get("specialPurpose").get(0).get("name").asText()).isEqualTo("Documentation");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"10.0.0.256", "10.0.0.0/33", "1:2:3:4:5:6:7:8:9", "::1::", " 10.0.0.1", ""})
    void malformedInputIsOneLineAndExitCode2(String input) {
        assertThat(run("subnet", input)).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("wirewise: ").doesNotContain("\n", "Exception");
        assertThat(out.toString()).isEmpty();
        err.getBuffer().setLength(0);
        assertThat(run("vpc", "--cidr", input)).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("wirewise: ").doesNotContain("\n", "Exception");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "subnet 10.0.0.0/24 --split 16|--split: /16 cannot split 10.0.0.0/24; choose /24 to /32",
            "vpc --prefix 29|subnet prefix /29 does not fit",
            "vpc --cidr 10.0.0.0/8|a VPC block must be /16 to /28 (AWS)",
            "vpc --tiers web:public,db:vault|tier kind \"vault\" is not one of public, private, isolated",
            "vpc --cidr 10.0.0.0/24 --prefix 26|need 9 subnets of /26, but 10.0.0.0/24 holds only 4"})
    void impossibleRequestsSayWhy(String args, String message) {
        assertThat(run(args.split(" "))).isEqualTo(2);
        assertThat(err.toString()).contains(message);
    }

    @Test
    void aVpcOutsidePrivateSpaceGetsTheNoteTheLessonGives() {
        assertThat(run("vpc", "--cidr", "8.8.0.0/16")).isZero();
        assertThat(out.toString()).contains("note: 8.8.0.0/16 is not private space", "RFC 1918");
        String lesson = org.wirewise.model.addr.VpcExplainer.explain(new org.wirewise.model.addr.VpcScenario(
                "8.8.0.0/16", 3, "public,private", 24, false)).step(0).narration();
        assertThat(lesson).contains("8.8.0.0/16 is not private space");
        out.getBuffer().setLength(0);
        assertThat(run("vpc", "--cidr", "10.0.0.0/16")).isZero();
        assertThat(out.toString()).doesNotContain("note:");
    }

    @Test
    void vpcPrintsThePlanRoutesAndFreeSpace() throws Exception {
        assertThat(run("vpc", "--cidr", "10.0.0.0/16", "--zones", "3", "--tiers", "public,private,database",
                "--prefix", "24")).isZero();
        assertThat(out.toString()).contains("public-a             10.0.0.0/24", "database-c           10.0.10.0/24",
                "0.0.0.0/0                NAT gateway in public-a", "free 10.0.3.0/24, 10.0.7.0/24");
        out.getBuffer().setLength(0);
        assertThat(run("vpc", "--zones", "2", "--ipv6", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("subnets")).hasSize(6);
        assertThat(json.get("vpc").get("ipv6").asText()).isEqualTo("2001:db8:1234:ab00::/56");
        assertThat(json.get("problems")).isEmpty();
    }
}
