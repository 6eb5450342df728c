package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewise.lesson.tcp.TcpParameters;
import org.wirewise.scenario.ParameterSpec;
import org.wirewise.ui.catalog.LessonRegistry;

/** A view edits its lesson through the context the window gives it: the panel's undoable path. */
class WindowLessonContextTest {

    private final MainViewModel model = new MainViewModel(LessonRegistry.standard().catalog());
    private final List<String> problems = new ArrayList<>();

    private WindowLessonContext open(String lessonId) {
        assertThat(model.openLesson(lessonId)).isEmpty();
        return new WindowLessonContext(model, model.getSetup().lesson(), problems::add);
    }

    @Test
    void anEditRerunsTheLessonAndUndoTakesItBack() {
        WindowLessonContext context = open("tcp-lifecycle");
        ParameterSpec drop = TcpParameters.drop();

        assertThat(context.parameter(drop)).contains("");
        assertThat(context.editParameter(drop, "3")).isEmpty();
        assertThat(context.parameter(drop)).contains("3");
        assertThat(model.player().getTrace().packets().get(2).delivered()).isFalse();
        model.undo();
        assertThat(context.parameter(drop)).contains("");
        assertThat(problems).isEmpty();
    }

    @Test
    void aRefusedValueIsReportedAndChangesNothing() {
        WindowLessonContext context = open("tcp-lifecycle");

        assertThat(context.editParameter(TcpParameters.drop(), "1,".repeat(150))).isPresent();
        assertThat(problems).hasSize(1).first().asString().startsWith("drop:");
        assertThat(context.parameter(TcpParameters.drop())).contains("");
    }

    @Test
    void aLessonWithoutTheParameterOffersNoEdit() {
        WindowLessonContext context = open("osi-model");

        assertThat(context.hasParameter(TcpParameters.drop())).isFalse();
        assertThat(context.parameter(TcpParameters.drop())).isEmpty();
        assertThat(context.editParameter(TcpParameters.drop(), "1")).get().asString()
                .startsWith("drop: ").contains("has no such parameter");
    }
}
