package org.wirewise.ui.app;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.wirewise.practice.QuestionBank;
import org.wirewise.ui.practice.PracticeModel;
import org.wirewise.ui.practice.PracticePage;

/**
 * Where the practice page lives in the main window: it takes the place of the lesson (which stays
 * as it was, paused) and gives it back; its "see it" links open a lesson at a step. The page and
 * its progress file are read the first time practice is opened, not at start-up.
 */
final class PracticeHost {

    private final MainViewModel model;
    private final FileActions files;
    private final Consumer<Node> center;
    private final Node lessons;
    private final LessonLinks links;
    private PracticePage page;
    private boolean shown;

    /**
     * @param center  puts a node in the window's centre
     * @param lessons what the centre holds when practice is not shown
     * @param links   the window's link opener (one, so a newer link replaces a pending one)
     */
    PracticeHost(MainViewModel model, FileActions files, Consumer<Node> center, Node lessons, LessonLinks links) {
        this.model = model;
        this.files = files;
        this.center = center;
        this.lessons = lessons;
        this.links = links;
    }

    void show(boolean show) {
        if (show) {
            model.player().pause();
            center.accept(page());
        } else {
            center.accept(lessons);
        }
        shown = show;
    }

    void toggle() {
        show(!shown);
    }

    boolean shown() {
        return shown;
    }

    /** The page, with progress kept in the settings folder. */
    PracticePage page() {
        if (page == null) {
            PracticeModel practice = new PracticeModel(QuestionBank.standard(), AppSettings.defaultFolder(),
                    () -> new java.util.SplittableRandom().nextLong() >>> 1); // a new set of questions each session
            page = new PracticePage(practice, model.languageProperty().get(), link -> {
                show(false);
                links.open(link.target()).ifPresent(m -> files.error(org.wirewise.model.text.Texts.of(MainWindow.TEXTS, model.languageProperty().get()).get("error.lesson"), m));
            }, () -> show(false));
        }
        return page;
    }

    void dispose() {
        if (page != null) {
            page.dispose();
        }
    }
}
