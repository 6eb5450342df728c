package org.wirewise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.lesson.Chapter;

/** The question file format: what it reads, and the line it names when it cannot. */
class QuestionFileTest {

    private static final String HEADER = "format: wirewise-questions 1\n";

    @Test
    void readsFieldsContinuationsChoicesAndLinks() throws Exception {
        List<Question> qs = QuestionFile.parse("t.txt", HEADER + """
                # a comment
                id: demo
                chapter: tcp
                kind: choice
                prompt: Which
                  one?
                choice: first
                choice*: second
                answer: Because.
                point: a point
                see: tcp-handshake 3 rttMs=200 | the SYN-ACK
                """);
        Question q = qs.get(0);
        assertThat(q.chapter()).isEqualTo(Chapter.TCP);
        assertThat(q.prompt()).isEqualTo("Which one?");
        assertThat(q.correct()).isEqualTo(1);
        assertThat(q.seeIt().get(0).parameters()).containsEntry("rttMs", "200");
        assertThat(q.seeIt().get(0).address()).isEqualTo("tcp-handshake step 3 (rttMs=200)");
    }

    @Test
    void refusesWithTheFileAndLine() {
        assertThatThrownBy(() -> QuestionFile.parse("t.txt", "format: wirewise-questions 2\n"))
                .hasMessage("t.txt:1: version 2 is newer than this program reads (1)");
        assertThatThrownBy(() -> QuestionFile.parse("t.txt", HEADER + "id: x\nchapter: dns-and-more\n"))
                .hasMessage("t.txt:3: unknown chapter \"dns-and-more\"");
        assertThatThrownBy(() -> QuestionFile.parse("t.txt", HEADER + "id: x\nsee: tcp-handshake three | x\n"))
                .hasMessage("t.txt:3: expected \"see: LESSON STEP [key=value ...] | caption\"");
        assertThatThrownBy(() -> QuestionFile.parse("t.txt", HEADER + "id: x\nchapter: tcp\nkind: choice\n"
                + "prompt: p\nanswer: a\nchoice: only wrong\n"))
                .hasMessage("t.txt:2: x: a choice question, and only one, has a right option");
    }
}
