package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.model.tcp.HandshakeScenario;
import org.wirewise.ui.catalog.LessonRegistry;

/** A/B compare as a teacher uses it: B starts as A, one parameter changes, both step together. */
class CompareModelTest {

    private final MainViewModel model = new MainViewModel(LessonRegistry.standard().catalog());
    private final CompareModel compare = model.compare();

    @TempDir
    Path dir;

    private HandshakeScenario b() {
        return (HandshakeScenario) compare.getSetupB().scenario();
    }

    @Test
    void bStartsAsACopyOfAAndAnEditChangesOnlyB() {
        model.openLesson("tcp-handshake");
        assertThat(compare.start()).isEmpty();
        assertThat(compare.isActive()).isTrue();
        assertThat(compare.differencesProperty().get()).isEmpty();

        assertThat(compare.setParameterText("rttMs", "200")).isEmpty();
        assertThat(b().rttMs()).isEqualTo(200);
        assertThat(((HandshakeScenario) model.getSetup().scenario()).rttMs()).isEqualTo(80);
        assertThat(compare.differencesProperty().get()).containsExactly(
                new CompareModel.Difference("rttMs", "Round-trip time", "80 ms", "200 ms"));
        // Same seed, longer RTT: B's handshake ends later than A's.
        assertThat(compare.playerB().getTrace().duration()).isGreaterThan(model.player().getTrace().duration());
    }

    @Test
    void bFollowsTheStepAndProgressOfA() {
        model.openLesson("tcp-handshake");
        compare.start();
        compare.setParameterText("rttMs", "200");
        model.player().goToStep(4);
        assertThat(compare.playerB().getStepIndex()).isEqualTo(3);
        model.player().seek(2.5);
        assertThat(compare.playerB().positionProperty().get()).isEqualTo(2.5);
        model.player().last();
        assertThat(compare.playerB().getStepIndex()).isEqualTo(compare.playerB().getTrace().stepCount() - 1);
    }

    @Test
    void bsEditsUndoOnTheirOwnAndARefusedValueChangesNothing() {
        model.openLesson("tcp-handshake");
        compare.start();
        compare.setParameterText("rttMs", "200");
        compare.setParameterText("sack", "false");
        assertThat(compare.setParameterText("mss", "20")).hasValueSatisfying(m -> assertThat(m).contains("88"));
        assertThat(b().mss()).isEqualTo(1460);
        compare.undo();
        assertThat(b().sack()).isTrue();
        assertThat(b().rttMs()).isEqualTo(200);
        assertThat(model.canUndoProperty().get()).as("A's history is untouched").isFalse();
        compare.redo();
        assertThat(b().sack()).isFalse();
    }

    @Test
    void anEditOfAIsListedAgainstBAndOpeningAnotherLessonEndsTheComparison() {
        model.openLesson("tcp-handshake");
        compare.start();
        model.setParameter("mss", 536L);
        assertThat(compare.differencesProperty().get()).extracting(CompareModel.Difference::label)
                .containsExactly("MSS");
        model.openLesson("tcp-lifecycle");
        assertThat(compare.isActive()).isFalse();
        assertThat(compare.getSetupB()).isNull();
    }

    @Test
    void aSavedComparisonOpensWithBothSides() throws Exception {
        model.openLesson("tcp-handshake");
        compare.start();
        compare.setParameterText("rttMs", "200");
        Path file = dir.resolve("ab.wirewise.json");
        assertThat(model.saveScenario(file)).isEmpty();
        assertThat(Files.readString(file)).contains("\"compare\"");

        MainViewModel other = new MainViewModel(LessonRegistry.standard().catalog());
        assertThat(other.openScenario(file)).isEmpty();
        assertThat(other.compare().isActive()).isTrue();
        assertThat(((HandshakeScenario) other.compare().getSetupB().scenario()).rttMs()).isEqualTo(200);
        assertThat(((HandshakeScenario) other.getSetup().scenario()).rttMs()).isEqualTo(80);

        compare.stop();
        model.saveScenario(file);
        assertThat(Files.readString(file)).doesNotContain("compare");
        assertThat(other.openScenario(file)).isEmpty();
        assertThat(other.compare().isActive()).as("a file without a comparison ends the one open").isFalse();
    }

    @Test
    void aComparisonInAFileIsCheckedLikeTheScenario() throws Exception {
        Path file = dir.resolve("bad.wirewise.json");
        Files.writeString(file, "{\"format\":\"wirewise-scenario\",\"version\":1,\"lesson\":\"tcp-handshake\","
                + "\"parameters\":{},\"compare\":{\"parameters\":{\"mss\":20}}}");
        assertThat(model.openScenario(file)).hasValueSatisfying(m -> assertThat(m).contains("mss").contains("88"));
        Files.writeString(file, "{\"format\":\"wirewise-scenario\",\"version\":1,\"lesson\":\"tcp-handshake\","
                + "\"parameters\":{},\"compare\":[1]}");
        assertThat(model.openScenario(file)).hasValueSatisfying(m -> assertThat(m).contains("\"compare\" must be"));
    }
}
