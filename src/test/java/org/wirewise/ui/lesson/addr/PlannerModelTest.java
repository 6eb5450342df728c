package org.wirewise.ui.lesson.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.addr.TierKind;
import org.wirewise.model.addr.VpcExplainer;
import org.wirewise.model.addr.VpcPlan;
import org.wirewise.model.addr.VpcPlanner;

/** The planner's editing model, without a window: edits, refusals, undo/redo, files. */
class PlannerModelTest {

    @TempDir
    Path dir;

    private final PlannerModel model = new PlannerModel();

    private static VpcPlan classic() {
        return VpcPlanner.create(Cidr.parse("10.0.0.0/16"), 3, VpcExplainer.parseTiers("public,private,database"), 24,
                false);
    }

    @Test
    void editsCanBeUndoneAndRedoneInOrder() {
        model.load(classic());
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.addZone()).isEmpty();
        assertThat(model.addTier("cache", TierKind.ISOLATED, 26)).isEmpty();
        assertThat(model.resize("a", "public", 25)).isEmpty();
        VpcPlan edited = model.getPlan();
        assertThat(edited.zones()).containsExactly("a", "b", "c", "d");
        assertThat(edited.subnets()).hasSize(16);
        model.undo();
        model.undo();
        assertThat(model.getPlan().tiers()).hasSize(3);
        assertThat(model.canRedoProperty().get()).isTrue();
        model.redo();
        model.redo();
        assertThat(model.getPlan()).isEqualTo(edited);
        model.undo();
        model.undo();
        model.undo();
        assertThat(model.getPlan()).isEqualTo(classic());
        assertThat(model.canUndoProperty().get()).isFalse();
        // A new edit after undo drops the redo history.
        model.redo();
        model.setDualStack(true);
        assertThat(model.canRedoProperty().get()).isFalse();
    }

    @Test
    void unsavedEditsSurviveAChangeOfTheLessonsParameters() {
        model.lessonChanged(classic());
        assertThat(model.getPlan()).isEqualTo(classic());
        model.addZone();
        VpcPlan mine = model.getPlan();
        VpcPlan lessonsNew = VpcPlanner.create(Cidr.parse("10.1.0.0/16"), 2,
                VpcExplainer.parseTiers("public,private"), 24, false);
        model.lessonChanged(lessonsNew);
        assertThat(model.getPlan()).isEqualTo(mine); // the user's work is not thrown away
        assertThat(model.lessonPlanWaitingProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("unsaved edits are kept");
        assertThat(model.takeLessonPlan()).isEmpty();
        assertThat(model.getPlan()).isEqualTo(lessonsNew);
        model.undo();
        assertThat(model.getPlan()).isEqualTo(mine);
    }

    @Test
    void withoutUnsavedEditsThePlannerFollowsTheLesson() {
        model.lessonChanged(classic());
        VpcPlan lessonsNew = VpcPlanner.create(Cidr.parse("10.1.0.0/16"), 2,
                VpcExplainer.parseTiers("public,private"), 24, false);
        model.lessonChanged(lessonsNew);
        assertThat(model.getPlan()).isEqualTo(lessonsNew);
        assertThat(model.lessonPlanWaitingProperty().get()).isFalse();
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() {
        model.load(classic());
        assertThat(model.setBlock("a", "public", "10.0.0.0/33")).contains("prefix length /33 is too long; IPv4 allows "
                + "/0 to /32");
        assertThat(model.messageProperty().get()).contains("/33");
        assertThat(model.getPlan()).isEqualTo(classic());
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.addTier("Bad Name", TierKind.PUBLIC, 24).orElseThrow()).contains("lower-case");
        assertThat(model.addZone()).isEmpty();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void aPlannerInSpanishSaysWhyInSpanish() {
        PlannerModel spanish = new PlannerModel(java.util.Locale.forLanguageTag("es"));
        spanish.load(classic());
        assertThat(spanish.addTier("public", TierKind.PUBLIC, 24)).contains("ya hay un nivel llamado public");
        assertThat(spanish.setBlock("a", "public", "10.0.1.0/24")).isEmpty();
        assertThat(spanish.problems()).anyMatch(p -> p.contains("se solapa con"));
        assertThat(spanish.getPlan()).isNotEqualTo(classic());
    }

    @Test
    void aTiersKindDecidesItsDefaultRoute() {
        model.load(classic());
        assertThat(model.setTierKind("database", TierKind.PRIVATE)).isEmpty();
        VpcPlan plan = model.getPlan();
        assertThat(VpcPlanner.routes(plan, plan.tier("database").orElseThrow(), "c"))
                .contains(new VpcPlanner.Route("0.0.0.0/0", VpcPlanner.Hop.NAT_GATEWAY, "public-c"));
        model.undo();
        assertThat(model.getPlan().tier("database").orElseThrow().kind()).isEqualTo(TierKind.ISOLATED);
    }

    @Test
    void anOverlapIsKeptAndFlaggedUntilFixed() {
        model.load(classic());
        assertThat(model.setBlock("b", "public", " 10.0.0.0/23 ")).isEmpty();
        assertThat(model.problems()).singleElement().asString()
                .isEqualTo("public-b: 10.0.0.0/23 overlaps public-a 10.0.0.0/24; subnets of one VPC must not share "
                        + "addresses");
        model.undo();
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void savedPlansReopenAndExportAsCsv() throws Exception {
        model.load(classic());
        model.addZone();
        Path file = dir.resolve("team.vpc.json");
        assertThat(model.save(file)).isEmpty();
        assertThat(model.dirtyProperty().get()).isFalse();
        VpcPlan saved = model.getPlan();
        PlannerModel other = new PlannerModel();
        other.load(classic());
        assertThat(other.open(file)).isEmpty();
        assertThat(other.getPlan()).isEqualTo(saved);
        other.undo();
        assertThat(other.getPlan()).isEqualTo(classic());
        Path csv = dir.resolve("team.csv");
        assertThat(model.exportCsv(csv)).isEmpty();
        assertThat(Files.readAllLines(csv)).hasSize(13).element(1).asString().startsWith("public-a,a,public,public,");
        Files.writeString(dir.resolve("broken.vpc.json"), "{\"format\": \"wirewise-vpc-plan\", \"version\": 1}");
        assertThat(other.open(dir.resolve("broken.vpc.json"))).contains("broken.vpc.json: vpc.ipv4: expected text, "
                + "got nothing");
        assertThat(other.open(dir.resolve("missing.json")).orElseThrow()).startsWith("cannot read");
    }
}
