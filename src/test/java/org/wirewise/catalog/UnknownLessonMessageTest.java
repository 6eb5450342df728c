package org.wirewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.UnknownLessonException;
import org.junit.jupiter.api.Test;

/** What a user reads after mistyping a lesson id on the command line or in a scenario file. */
class UnknownLessonMessageTest {

    private static final LessonCatalog CATALOG = org.wirewise.ui.catalog.LessonRegistry.standard().catalog();

    @Test
    void aTypoGetsTheLessonsItIsCloseTo() {
        assertThatThrownBy(() -> CATALOG.require("tcp-handshak")).isInstanceOf(UnknownLessonException.class)
                .hasMessage("unknown lesson \"tcp-handshak\"; did you mean tcp-handshake or tls-handshake?");
        assertThatThrownBy(() -> CATALOG.require("dns")).hasMessageContaining("did you mean")
                .hasMessageContaining("dns-resolution").hasMessageContaining("dnssec");
    }

    @Test
    void somethingFarFromEveryIdSaysWhereTheListIsAndStaysShort() {
        int lessons = CATALOG.all().size();
        assertThatThrownBy(() -> CATALOG.require("x".repeat(10_000)))
                .hasMessageContaining("10000 characters").hasMessageContaining("there are " + lessons + " lessons")
                .hasMessageContaining("wirewise lessons")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
