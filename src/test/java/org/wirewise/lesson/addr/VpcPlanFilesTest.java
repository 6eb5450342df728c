package org.wirewise.lesson.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.addr.TierKind;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.addr.VpcPlan;
import org.wirewise.model.addr.VpcPlanner;
import org.wirewise.scenario.ScenarioException;

/** Plans saved, reopened and exported as a user would. */
class VpcPlanFilesTest {

    @TempDir
    Path dir;

    private static VpcPlan edited() {
        VpcPlan plan = VpcPlanner.create(Cidr.parse("10.0.0.0/16"), 3, VpcExplainer.parseTiers("public,private,database"),
                24, true);
        plan = VpcPlanner.addTier(plan, "cache", TierKind.ISOLATED, 27);
        return VpcPlanner.resize(plan, "a", "private", 25);
    }

    @Test
    void aSavedPlanReopensEqual() throws Exception {
        Path file = dir.resolve("plans/prod.vpc.json");
        Files.createDirectories(file.getParent()); // the writer refuses a folder that is not there
        VpcPlanFiles.save(edited(), file);
        assertThat(VpcPlanFiles.open(file)).isEqualTo(edited());
        String json = Files.readString(file);
        assertThat(json).contains("\"format\" : \"wirewise-vpc-plan\"", "\"awsUsable\" : 251",
                "\"target\" : \"NAT gateway in public-a\"");
        assertThat(Files.list(dir.resolve("plans"))).hasSize(1); // no temporary file left behind
    }

    @Test
    void csvHasOneRowPerSubnetWithAwsUsableRange() {
        String[] lines = VpcPlanFiles.toCsv(edited()).split("\r\n");
        assertThat(lines).hasSize(1 + 12);
        assertThat(lines[0]).startsWith("subnet,zone,tier,kind,ipv4,ipv6");
        assertThat(lines[1]).isEqualTo("public-a,a,public,public,10.0.0.0/24,2001:db8:1234:ab00::/64,256,251,"
                + "10.0.0.4,10.0.0.254,internet gateway");
        assertThat(lines[4]).isEqualTo("private-a,a,private,private,10.0.4.0/25,2001:db8:1234:ab03::/64,128,123,"
                + "10.0.4.4,10.0.4.126,NAT gateway in public-a");
        assertThat(lines[12]).endsWith(",none");
    }

    @Test
    void damagedFilesSayWhatIsWrong() {
        assertThatThrownBy(() -> VpcPlanFiles.fromJson("{")).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> VpcPlanFiles.fromJson("{\"format\":\"wirewise-scenario\"}"))
                .hasMessageContaining("not a Wirewise VPC plan");
        String good = VpcPlanFiles.toJson(edited());
        assertThatThrownBy(() -> VpcPlanFiles.fromJson(good.replace("\"version\" : 1", "\"version\" : 9")))
                .hasMessageContaining("reads up to version 1");
        assertThatThrownBy(() -> VpcPlanFiles.fromJson(good.replace("10.0.9.0/24", "10.0.9.0/33")))
                .hasMessage("prefix length /33 is too long; IPv4 allows /0 to /32");
        assertThatThrownBy(() -> VpcPlanFiles.fromJson(good.replace("\"zone\" : \"b\"", "\"zone\" : \"q\"")))
                .hasMessageContaining("zone \"q\" is not in zones");
    }

    @Test
    void aDamagedFileIsExplainedInTheWindowsLanguageWithItsKeysInEnglish() {
        java.util.Locale spanish = java.util.Locale.forLanguageTag("es");
        String good = VpcPlanFiles.toJson(edited());
        assertThatThrownBy(() -> VpcPlanFiles.fromJson(good.replace("\"version\" : 1", "\"version\" : 9"), spanish))
                .hasMessageContaining("este Wirewise lee hasta la versión 1");
        assertThatThrownBy(() -> VpcPlanFiles.fromJson(good.replace("\"zone\" : \"b\"", "\"zone\" : \"q\""), spanish))
                .hasMessage("subnets: la zona \"q\" no está en zones [a, b, c]");
    }
}
