package org.wirewise.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.tcp.TcpHandshakeLesson;
import org.wirewise.lesson.tcp.TcpLifecycleLesson;
import org.wirewise.ui.lesson.LessonContext;

/** A lesson is registered once, with its view; the catalog and the views come from that one list. */
class LessonRegistryTest {

    @Test
    void everyRegisteredLessonHasAViewAndTheFirstIsTheHandshake() {
        LessonRegistry registry = LessonRegistry.standard();
        LessonCatalog catalog = registry.catalog();

        assertThat(registry.views().lessonIds())
                .containsExactlyInAnyOrderElementsOf(catalog.all().stream().map(Lesson::id).toList());
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(catalog.all().get(0).id()).isEqualTo("tcp-handshake");
    }

    @Test
    void aLessonWithoutAViewCannotBeRegistered() {
        LessonRegistry registry = new LessonRegistry();
        assertThatThrownBy(() -> registry.add(new TcpHandshakeLesson(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("lesson tcp-handshake has no view");
        assertThat(registry.catalog().all()).isEmpty();
    }

    @Test
    void aLessonIdIsRegisteredOnce() {
        LessonRegistry registry = new LessonRegistry().add(new TcpLifecycleLesson(), c -> null);
        assertThatThrownBy(() -> registry.add(new TcpLifecycleLesson(), c -> null))
                .hasMessage("lesson tcp-lifecycle is registered twice");
        assertThat(registry.catalog().all()).hasSize(1);
    }

    @Test
    void aLessonWithNoViewIsReportedByName() {
        assertThatThrownBy(() -> new LessonRegistry().views().create("nope", LessonContext.NONE))
                .hasMessage("no view for lesson nope");
    }
}
