package org.wirewise.ui.app;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import org.wirewise.model.trace.StepDescription;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.AccessibleText;

/**
 * What a screen reader hears of the shown step: the lesson's picture carries the step's
 * description, and the narration panel's accessible text becomes the step's announcement (number,
 * time, title, description), which the platform announces when it changes.
 */
final class ScreenReaderText {

    private final Node announcer;
    private final ReadOnlyStringWrapper announced = new ReadOnlyStringWrapper(this, "announced", "");
    private Trace trace;
    private Locale language;
    private StepDescription description;
    private int step = -1;
    private LessonView view;

    /** @param announcer the node whose text is the announcement (the narration panel) */
    ScreenReaderText(Node announcer) {
        this.announcer = announcer;
    }

    /** The last announcement the platform was told about; it changes once per new step. */
    ReadOnlyStringProperty announcedProperty() {
        return announced.getReadOnlyProperty();
    }

    /** The descriptions of {@code shown} in {@code lang}, built once per trace and language. */
    StepDescription descriptions(Trace shown, Locale lang) {
        if (shown != trace || !lang.equals(language)) {
            trace = shown;
            language = lang;
            description = new StepDescription(shown, lang);
            step = -1;
        }
        return description;
    }

    /** The player shows step {@code index} of {@code shown} in {@code lessonView}. */
    void show(Trace shown, int index, Locale lang, LessonView lessonView) {
        StepDescription words = descriptions(shown, lang);
        if (index == step && lessonView == view) {
            return;
        }
        step = index;
        view = lessonView;
        lessonView.describe(words.describe(index), lang);
        String text = words.announcement(index);
        if (AccessibleText.set(announcer, text)) {
            announced.set(text);
        }
    }
}
