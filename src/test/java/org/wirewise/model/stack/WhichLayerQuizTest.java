package org.wirewise.model.stack;

import org.wirewise.testing.Tshark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;

class WhichLayerQuizTest {

    private static Table question(Step s) {
        return s.snapshot().table(WhichLayerQuiz.QUESTION_TABLE).orElseThrow();
    }

    @Test
    void eachQuestionIsFollowedByItsExplainedAnswerAndQuestionsDoNotGiveItAway() {
        Trace trace = WhichLayerQuiz.simulate(WhichLayerScenario.DEFAULTS);
        assertThat(trace.stepCount()).isEqualTo(1 + 2 * 10);
        for (int q = 1; q < trace.stepCount(); q += 2) {
            Step ask = trace.step(q);
            Step answer = trace.step(q + 1);
            assertThat(question(ask).rows()).noneMatch(Table.Row::highlighted);
            assertThat(question(answer).rows()).filteredOn(Table.Row::highlighted).hasSize(1);
            assertThat(question(answer).title()).isEqualTo(question(ask).title());
            assertThat(answer.references()).isNotEmpty();
            assertThat(answer.narration()).hasSizeGreaterThan(60);
        }
    }

    @Test
    void theAnswersAgreeWithTheChaptersModels() {
        Trace trace = WhichLayerQuiz.simulate(new WhichLayerScenario(12, QuizOrder.CHAPTER, 1));
        String mss = answerTo(trace, "MSS");
        assertThat(mss).isEqualTo((1500 - 20 - 20) + " bytes"); // RFC 9293 §3.7.1
        assertThat(answerTo(trace, "QUIC")).contains("transport");
        assertThat(answerTo(trace, "switch")).contains("destination MAC");
        assertThat(answerTo(trace, "/api and /static")).isEqualTo("Layer 7");
        assertThat(answerTo(trace, "layer-4 balancer: who needs")).isEqualTo("The backends");
    }

    private static String answerTo(Trace trace, String about) {
        for (Step s : trace.steps()) {
            var t = s.snapshot().table(WhichLayerQuiz.QUESTION_TABLE);
            if (t.isPresent() && t.get().title().contains(about)) {
                var right = t.get().rows().stream().filter(Table.Row::highlighted).findFirst();
                if (right.isPresent()) {
                    return right.get().cells().get(0);
                }
            }
        }
        throw new AssertionError("no answered question about " + about);
    }

    @Test
    void shuffledOrderIsSeededAndAsksDistinctQuestions() {
        WhichLayerScenario s = new WhichLayerScenario(12, QuizOrder.SHUFFLED, 42);
        Trace a = WhichLayerQuiz.simulate(s);
        assertThat(WhichLayerQuiz.simulate(s)).isEqualTo(a);
        List<String> titles = a.steps().stream().skip(1).map(st -> question(st).title()).distinct().toList();
        assertThat(titles).hasSize(12);
        Trace chapter = WhichLayerQuiz.simulate(new WhichLayerScenario(12, QuizOrder.CHAPTER, 42));
        assertThat(question(a.step(1)).title().equals(question(chapter.step(1)).title())
                && question(a.step(3)).title().equals(question(chapter.step(3)).title())).isFalse();
    }

    @Test
    void tooFewQuestionsIsRefusedWithTheRange() {
        assertThatThrownBy(() -> WhichLayerQuiz.simulate(new WhichLayerScenario(3, QuizOrder.CHAPTER, 1)))
                .hasMessage("questions: expected 8 to 12, got 3");
    }

    @Test
    void everyAnswerPointsAtAFrameThatHasTheFieldItIsAbout() {
        Trace trace = WhichLayerQuiz.simulate(new WhichLayerScenario(12, QuizOrder.CHAPTER, 1));
        for (int q = 1; q < trace.stepCount(); q += 2) {
            assertThat(trace.step(q).packetId()).as("a question shows no frame").isEqualTo(-1);
            Step answer = trace.step(q + 1);
            String field = answer.snapshot().table(WhichLayerQuiz.EVIDENCE_TABLE).orElseThrow()
                    .rows().get(0).cells().get(0);
            var tree = StackDissector.dissect(trace.packets().get(answer.packetId()).frame());
            assertThat(StackDissector.find(tree, field)).as(answer.title()).isNotNull();
        }
        assertThat(trace.packets()).hasSize(7); // one frame per kind, so a capture has no duplicates
    }

    @Test
    void tsharkDecodesTheChecksFrames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Tshark.available(), "tshark is not installed here");
        Trace trace = WhichLayerQuiz.simulate(new WhichLayerScenario(12, QuizOrder.CHAPTER, 1));
        List<String[]> rows = Tshark.fields(trace, "learner", dir, "frame.protocols", "ip.ttl", "ip.checksum.status",
                "http.x_forwarded_for");
        assertThat(rows).hasSize(7);
        assertThat(rows).extracting(r -> r[0]).contains("eth:ethertype:arp", "eth:ethertype:ip:udp:dns",
                "eth:ethertype:ip:tcp:tls", "eth:ethertype:ip:tcp:http");
        assertThat(rows.get(1)[1]).isEqualTo("63"); // the routed GET
        assertThat(rows).filteredOn(r -> !r[1].isEmpty()).allSatisfy(r -> assertThat(r[2]).isEqualTo("1"));
        assertThat(rows).anySatisfy(r -> assertThat(r[3]).isEqualTo("192.0.2.11"));
    }
}
