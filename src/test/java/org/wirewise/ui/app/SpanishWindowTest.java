package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.text.Translated;
import org.wirewise.ui.catalog.LessonRegistry;

/**
 * The window in Spanish says nothing in English: one window per language, every translated lesson
 * in turn, every step; a visible label, text, tab, menu item or tooltip of the Spanish window that
 * reads as English (the translation test's English words) and is the same in the English window
 * was not translated. Wire notation is the same in every language and passes: packet labels
 * ("SYN", "data len=1448") and the protocol fields of the bytes view, as Wireshark shows them.
 * Lessons not translated yet are skipped (the set grows as they land).
 */
@ExtendWith(ApplicationExtension.class)
class SpanishWindowTest {

    private MainViewModel model;
    private MainWindow window;
    /** The same lessons in English, off screen: a text the same in both windows was not translated. */
    private MainViewModel englishModel;
    private MainWindow englishWindow;

    /**
     * Translated lessons whose views still show words of their own in English in the Spanish window:
     * none now (it listed ten when the test was written). A ratchet: a lesson listed here that shows
     * none fails the test until it leaves the list.
     */
    static final Set<String> KNOWN_ENGLISH = Set.of();

    @Start
    void start(Stage stage) {
        model = new MainViewModel(LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        window = showSpanish(stage, model);
        englishModel = new MainViewModel(LessonRegistry.standard().catalog(), Long.MAX_VALUE);
        englishWindow = new MainWindow(englishModel, LessonRegistry.standard().views());
        englishWindow.ensureParameters();
        new Scene(englishWindow, 1920, 1080);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.dispose();
            englishWindow.dispose();
        });
    }

    @Test
    void noWordOfTheSpanishWindowIsLeftInEnglish() throws Exception {
        List<String> english = new ArrayList<>();
        List<String> nowClean = new ArrayList<>();
        // The lesson list names every lesson; those other helpers have not translated yet are still English.
        Set<String> translated = Translated.lessons().collect(java.util.stream.Collectors.toSet());
        Set<String> notYet = new java.util.HashSet<>();
        model.catalog().all().stream().filter(l -> !translated.contains(l.id())).forEach(l -> {
            notYet.add(l.title(Translated.SPANISH));
            notYet.add(l.summary(Translated.SPANISH));
        });
        for (String id : Translated.lessons().toList()) {
            WaitForAsyncUtils.asyncFx(() -> {
                model.openLesson(id);
                return englishModel.openLesson(id);
            }).get(60, TimeUnit.SECONDS);
            int steps = model.player().getTrace().stepCount();
            Set<String> wire = new java.util.HashSet<>(notYet);
            // A choice's values are typed as they are ("client", "New York"): identifiers, not words.
            model.getSetup().lesson().schema().parameters().forEach(p -> wire.addAll(p.choices()));
            // Packet labels are wire notation: the open lesson's only (a label of the lesson before
            // left in the window is a fault, which LessonSwitchLabelsTest pins).
            Set<String> labels = new java.util.HashSet<>();
            for (TracePacket p : model.player().getTrace().packets()) {
                labels.add(p.label());
                labels.addAll(List.of(p.label().split("\n")));
            }
            wire.addAll(labels);
            List<String> found = new ArrayList<>();
            for (int step = 1; step <= steps; step++) {
                int s = step;
                found.addAll(WaitForAsyncUtils.asyncFx(() -> {
                    Set<String> spanish = shown(model, window, s);
                    Set<String> inEnglish = shown(englishModel, englishWindow, s);
                    return spanish.stream().filter(inEnglish::contains).filter(t -> !wire.contains(t))
                            .filter(t -> !Translated.isName(t))
                            .filter(t -> !Translated.englishWords(withoutWire(t, wire)).isEmpty())
                            .map(t -> id + " step " + s + ": " + t.replace("\n", " / ")).toList();
                }).get(60, TimeUnit.SECONDS));
            }
            if (!KNOWN_ENGLISH.contains(id)) {
                english.addAll(found);
            } else if (found.isEmpty()) {
                nowClean.add(id + " shows no English now: take it off KNOWN_ENGLISH");
            }
        }
        assertThat(english.stream().distinct().toList()).as("words left in English in the Spanish window").isEmpty();
        assertThat(nowClean).isEmpty();
    }

    /** A window of {@code model} in Spanish, its parameters shown, on {@code stage} at 1920x1080. */
    static MainWindow showSpanish(Stage stage, MainViewModel model) {
        model.languageProperty().set(Translated.SPANISH);
        MainWindow window = new MainWindow(model, LessonRegistry.standard().views());
        window.ensureParameters();
        stage.setScene(new Scene(window, 1920, 1080));
        stage.show();
        return window;
    }

    /** Every text the window shows at step {@code step}: its nodes' and its menus'. */
    static Set<String> shown(MainViewModel model, MainWindow window, int step) {
        model.player().goToStep(step);
        CutText.settle(window);
        Set<String> texts = new LinkedHashSet<>();
        collect(window, texts);
        if (window.getTop() instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> items(m, texts));
        }
        return texts;
    }

    /** {@code text} with the packet labels it quotes taken out ("data len=1448" heading a packet's tooltip). */
    private static String withoutWire(String text, Set<String> wire) {
        String rest = text;
        for (String label : wire) {
            if (!label.isEmpty() && rest.contains(label)) {
                rest = rest.replace(label, " ");
            }
        }
        return rest;
    }

    /** The texts of every visible node under {@code parent}, the bytes view's protocol fields left out. */
    private static void collect(Parent parent, Set<String> texts) {
        if (parent.getStyleClass().contains("field-tree") || parent.getStyleClass().contains("hex-dump")) {
            return; // wire notation: field names and bytes as Wireshark shows them
        }
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l) {
                add(texts, l.getText());
            } else if (n instanceof Text t) {
                add(texts, t.getText());
            }
            if (n instanceof Control c && c.getTooltip() != null) {
                add(texts, c.getTooltip().getText());
            }
            if (n instanceof TabPane tabs) {
                tabs.getTabs().forEach(tab -> {
                    add(texts, tab.getText());
                    if (tab.getTooltip() != null) {
                        add(texts, tab.getTooltip().getText());
                    }
                });
            }
            if (n instanceof Parent p) {
                collect(p, texts);
            }
        }
    }

    private static void items(MenuItem item, Set<String> texts) {
        add(texts, item.getText() == null ? null : item.getText().replace("_", ""));
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> items(i, texts));
        }
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
