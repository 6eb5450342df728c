package org.wirewise.ui.practice;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.wirewise.lesson.Chapter;
import org.wirewise.practice.PracticeProgress;
import org.wirewise.practice.PracticeSession;
import org.wirewise.practice.PracticeText;
import org.wirewise.practice.Question;
import org.wirewise.practice.SeeIt;

/**
 * The practice page, built in code: a header with the mock interview's clock, the current card
 * (choose, question, summary) and the learner's progress per chapter. It binds to a
 * {@link PracticeModel} and forwards clicks and keys: a to h (or 1 to 9) answer a choice, Enter,
 * Right or Page Down (a clicker) go on once a question is answered. An animation timer feeds the
 * model's clock with the time between frames.
 */
public final class PracticePage extends BorderPane {

    private final PracticeModel model;
    private final Consumer<SeeIt> open;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox progressList = new VBox();
    private final Subscription subscriptions;
    private final AnimationTimer clock;
    /** The page's own words (bundle {@code ui/practice/practice}). */
    static final String WORDS = "org.wirewise.ui.practice.practice";
    private final org.wirewise.model.text.Texts words;

    /**
     * @param model the practice state
     * @param open  opens a lesson at a step ("see it")
     * @param back  returns to the lessons
     */
    public PracticePage(PracticeModel model, Consumer<SeeIt> open, Runnable back) {
        this(model, java.util.Locale.ENGLISH, open, back);
    }

    /** @param language the window's language: the page's own words in it (the questions stay English) */
    public PracticePage(PracticeModel model, java.util.Locale language, Consumer<SeeIt> open, Runnable back) {
        this.model = model;
        this.words = org.wirewise.model.text.Texts.of(WORDS, language);
        this.open = open;
        setId("practice-page");
        getStyleClass().add("practice-page");
        getStylesheets().add(PracticePage.class.getResource("practice.css").toExternalForm());

        Label title = QuestionCard.label(words.get("page.title"), "practice-title");
        title.setMaxWidth(Region.USE_PREF_SIZE);
        Label timer = new Label();
        timer.setId("practice-timer");
        timer.getStyleClass().add("practice-timer");
        timer.textProperty().bind(model.timeLeftProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button leave = new Button(words.get("back"));
        leave.setId("practice-back");
        leave.setOnAction(e -> back.run());
        HBox header = new HBox(title, spacer, timer, leave);
        header.getStyleClass().add("practice-header");
        setTop(header);

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("practice-scroll");
        setCenter(scroll);

        Label problem = QuestionCard.label("", "refusal");
        problem.setId("practice-problem");
        problem.textProperty().bind(model.problemProperty());
        VBox side = new VBox(QuestionCard.label(words.get("progress"), "section-label"), progressList, problem);
        if (!words.language().equals(java.util.Locale.ENGLISH)) {
            Label english = QuestionCard.label(words.get("page.englishNote"), "hint");
            english.setId("practice-english-note");
            side.getChildren().add(1, english);
        }
        side.getStyleClass().add("progress-panel");
        side.setId("practice-progress");
        setRight(side);

        subscriptions = Subscription.combine(
                model.revisionProperty().subscribe(r -> showCard()),
                model.progressProperty().subscribe(this::showProgress));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        clock = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (model.clockRunning() && last != 0) {
                    model.advance(now - last);
                }
                last = model.clockRunning() ? now : 0;
            }
        };
        clock.start();
    }

    public PracticeModel model() {
        return model;
    }

    /** Asks before forgetting every recorded answer; says so when the file cannot be written. */
    public void confirmReset() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, words.get("reset.confirm"), ButtonType.OK, ButtonType.CANCEL);
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        confirm.setHeaderText(words.get("reset.header"));
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.resetProgress());
    }

    public void dispose() {
        clock.stop();
        subscriptions.unsubscribe();
    }

    private void showCard() {
        Node card = switch (model.screenProperty().get()) {
            case CHOOSE -> new ChooseCard(model, words);
            case QUESTION -> new QuestionCard(model, words, open);
            case SUMMARY -> new SummaryCard(model, words, open);
        };
        scroll.setContent(card);
        scroll.setVvalue(0);
    }

    private void showProgress(PracticeProgress progress) {
        progressList.getChildren().clear();
        for (Chapter c : model.bank().chapters()) {
            var tally = progress.of(c);
            String name = c.displayName(words.language());
            Label l = QuestionCard.label(tally.answered() == 0 ? words.get("chapter.notYet", name)
                    : words.get("chapter.progress", name, Integer.toString(tally.answered()),
                    Integer.toString(tally.percent())), "chapter-progress");
            progressList.getChildren().add(l);
        }
    }

    private void key(KeyEvent e) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl
                || model.screenProperty().get() != PracticeModel.Screen.QUESTION || e.isShortcutDown()) {
            return;
        }
        PracticeSession s = model.session();
        if (s.stage() == PracticeSession.Stage.ASKING && s.current().kind() == Question.Kind.CHOICE) {
            int option = choiceKey(e.getCode());
            if (option >= 0 && option < s.current().choices().size()) {
                model.choose(option);
                e.consume();
            }
        } else if (s.stage() == PracticeSession.Stage.ANSWERED
                && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN)) {
            model.next();
            e.consume();
        }
    }

    private static int choiceKey(KeyCode code) {
        if (code.isLetterKey() && code.getName().length() == 1) {
            return code.getName().charAt(0) - 'A';
        }
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '1';
        }
        return -1;
    }
}
