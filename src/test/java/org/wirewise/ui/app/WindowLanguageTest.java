package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.sim.Progress;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * Changing the window's language without losing work: the lesson and side B run again in the new
 * language at the same step, the undo history stays; the settings keep the choice and refuse a
 * language Wirewise does not have. bdp is a translated lesson.
 */
class WindowLanguageTest {

    private static final Locale SPANISH = Texts.LANGUAGES.get(1);

    private final MainViewModel model = new MainViewModel(LessonRegistry.standard().catalog());

    @TempDir
    Path dir;

    private static List<String> titles(Trace trace) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < trace.stepCount(); i++) {
            out.add(trace.step(i).title() + " / " + trace.step(i).narration());
        }
        return out;
    }

    private static List<String> titles(LessonSetup setup, Locale language) {
        return titles(setup.simulate(Progress.NONE, language));
    }

    @Test
    void choosingSpanishRerunsTheLessonInSpanishAtTheSameStepKeepingTheUndoHistory() {
        assertThat(model.openLesson("bdp")).isEmpty();
        assertThat(model.setParameter("rttMs", 120.0)).isEmpty();
        model.player().goToStep(3);
        LessonSetup edited = model.getSetup();

        model.windowLanguage().choiceProperty().set(LanguageChoice.SPANISH);

        assertThat(model.languageProperty().get()).isEqualTo(SPANISH);
        assertThat(model.getSetup()).as("the same scenario").isEqualTo(edited);
        assertThat(titles(model.player().getTrace())).isEqualTo(titles(edited, SPANISH))
                .isNotEqualTo(titles(edited, Locale.ENGLISH));
        assertThat(model.player().getStepIndex()).as("the step stays").isEqualTo(2);
        assertThat(model.canUndoProperty().get()).as("the edit can still be undone").isTrue();
        assertThat(model.canRedoProperty().get()).isFalse();

        model.undo();
        assertThat(model.getSetup().values().get("rttMs")).isEqualTo(LessonSetup.defaults(edited.lesson())
                .values().get("rttMs"));
        assertThat(titles(model.player().getTrace())).as("what undo shows is in the window's language")
                .isEqualTo(titles(model.getSetup(), SPANISH));

        model.windowLanguage().choiceProperty().set(LanguageChoice.ENGLISH);
        assertThat(titles(model.player().getTrace())).isEqualTo(titles(model.getSetup(), Locale.ENGLISH));
        assertThat(model.canRedoProperty().get()).as("the redo stack stays too").isTrue();
    }

    @Test
    void sideBRunsAgainInTheNewLanguageAndStaysAtAsStep() {
        model.openLesson("bdp");
        assertThat(model.compare().start()).isEmpty();
        assertThat(model.compare().setParameterText("linkMbps", "50")).isEmpty();
        model.player().goToStep(4);
        LessonSetup b = model.compare().getSetupB();

        model.languageProperty().set(SPANISH);

        assertThat(model.compare().isActive()).isTrue();
        assertThat(model.compare().getSetupB()).isEqualTo(b);
        assertThat(titles(model.compare().playerB().getTrace())).isEqualTo(titles(b, SPANISH));
        assertThat(model.compare().playerB().getStepIndex()).isEqualTo(3);
        assertThat(model.compare().canUndoProperty().get()).as("side B's edit can still be undone").isTrue();
        assertThat(model.windowLanguage().choiceProperty().get()).as("the menu shows the language set outright")
                .isEqualTo(LanguageChoice.SPANISH);
    }

    @Test
    void theSystemChoiceFollowsTheSystemsLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-MX"));
            assertThat(LanguageChoice.SYSTEM.locale()).isEqualTo(SPANISH);
            Locale.setDefault(Locale.GERMANY);
            assertThat(LanguageChoice.SYSTEM.locale()).as("a language Wirewise does not have: English")
                    .isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theLanguageIsSavedAndAnUnknownOneIsRefusedAndGivesTheSystems() throws Exception {
        assertThat(AppSettings.load(dir).language()).as("first start: the system's").isEqualTo(LanguageChoice.SYSTEM);
        AppSettings.DEFAULTS.withLanguage(LanguageChoice.SPANISH).save(dir);
        assertThat(Files.readString(dir.resolve("settings.properties"))).contains("language=es");
        assertThat(AppSettings.load(dir).language()).isEqualTo(LanguageChoice.SPANISH);

        Files.writeString(dir.resolve("settings.properties"), "theme=dark\nlanguage=klingon\n");
        List<String> refused = new ArrayList<>();
        AppSettings loaded = AppSettings.load(dir, refused::add);
        assertThat(loaded.language()).isEqualTo(LanguageChoice.SYSTEM);
        assertThat(loaded.theme()).as("the rest of the file still counts").isEqualTo(Theme.DARK);
        assertThat(refused).containsExactly("klingon");
    }

    @Test
    void eachLanguageIsNamedInItself() {
        Texts english = Texts.english(MainWindow.TEXTS);
        Texts spanish = Texts.of(MainWindow.TEXTS, SPANISH);
        assertThat(LanguageChoice.SPANISH.displayName(english)).isEqualTo(LanguageChoice.SPANISH.displayName(spanish))
                .isEqualTo("Español");
        assertThat(LanguageChoice.SYSTEM.displayName(english)).isNotEqualTo(LanguageChoice.SYSTEM.displayName(spanish));
    }
}
