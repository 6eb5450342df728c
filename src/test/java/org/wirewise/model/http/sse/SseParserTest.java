package org.wirewise.model.http.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** text/event-stream against the examples of WHATWG HTML §9.2.5/§9.2.6, fed in every split. */
class SseParserTest {

    @Test
    void dataLinesJoinWithLineFeeds() {
        assertThat(parse("data: YHOO\ndata: +2\ndata: 10\n\n")).extracting(SseEvent::data).containsExactly("YHOO\n+2\n10");
    }

    @Test
    void theSpecsThreeMessagesTheSecondOfTwoLines() {
        assertThat(parse("data: This is the first message.\n\ndata: This is the second message, it\n"
                + "data: has two lines.\n\ndata: This is the third message.\n\n")).extracting(SseEvent::data)
                .containsExactly("This is the first message.", "This is the second message, it\nhas two lines.",
                        "This is the third message.");
    }

    @Test
    void theSpecsEventTypesNameTheListenerAndResetAfterEachEvent() {
        List<SseEvent> events = parse("event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\n"
                + "event: add\ndata: 113411\n\ndata: untyped\n\n");
        assertThat(events).extracting(SseEvent::type).containsExactly("add", "remove", "add", "message");
        assertThat(events).extracting(SseEvent::data).containsExactly("73857293", "2153", "113411", "untyped");
    }

    @Test
    void theLastEventIdPersistsAndAnEmptyIdLineResetsIt() {
        SseParser p = new SseParser();
        List<SseEvent> events = p.feed(utf8(": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\n"
                + "data:  third event\n\n"));
        assertThat(events).extracting(SseEvent::data).containsExactly("first event", "second event", " third event");
        assertThat(events).extracting(SseEvent::id).containsExactly(Optional.of("1"), Optional.empty(), Optional.empty());
        assertThat(p.lastEventId()).isEmpty();
    }

    @Test
    void anEmptyDataFieldFiresAnEmptyEventAndAnUnfinishedBlockFiresNothing() {
        assertThat(parse("data\n\ndata\ndata\n\ndata:")).extracting(SseEvent::data).containsExactly("", "\n");
    }

    @Test
    void oneSpaceAfterTheColonIsDropped() {
        assertThat(parse("data:test\n\ndata: test\n\n")).extracting(SseEvent::data).containsExactly("test", "test");
    }

    @Test
    void crLfCrAndLfAllEndLinesInEverySplitIncludingInsideAUtf8Character() {
        byte[] stream = utf8("\uFEFFid: 7\r\nevent: price\rretry: 3000\ndata: €1\r\n\r\n: keep-alive\n\ndata: two\n\n");
        for (int a = 0; a <= stream.length; a++) {
            SseParser p = new SseParser();
            List<SseEvent> got = new ArrayList<>(p.feed(Arrays.copyOfRange(stream, 0, a)));
            got.addAll(p.feed(Arrays.copyOfRange(stream, a, stream.length)));
            assertThat(got).as("split at %d", a).extracting(SseEvent::data).containsExactly("€1", "two");
            assertThat(got.get(0).type()).isEqualTo("price");
            assertThat(got.get(0).retryMillis()).hasValue(3000);
            assertThat(got.get(1).type()).isEqualTo("message");
            assertThat(got.get(1).id()).as("the id persists").contains("7");
            assertThat(p.retryMillis()).hasValue(3000);
        }
    }

    @Test
    void badRetryValuesAndIdsWithNullAreIgnored() {
        SseParser p = new SseParser();
        p.feed(utf8("retry: soon\nid: a\0b\ndata: x\n\n"));
        assertThat(p.retryMillis()).isEmpty();
        assertThat(p.lastEventId()).isEmpty();
    }

    @Test
    void encodedEventsParseBackToThemselves() {
        SseEvent e = SseEvent.message("42", "line one\nline two").withRetry(5000);
        assertThat(new String(e.encode(), StandardCharsets.UTF_8))
                .isEqualTo("id: 42\nretry: 5000\ndata: line one\ndata: line two\n\n");
        assertThat(new SseParser().feed(e.encode())).containsExactly(e);
    }

    private static List<SseEvent> parse(String text) {
        return new SseParser().feed(utf8(text));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
