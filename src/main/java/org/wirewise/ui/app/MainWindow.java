package org.wirewise.ui.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.catalog.LessonViews;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.player.PlayerBar;
import org.wirewise.ui.player.PlayerFrame;
import org.wirewise.ui.player.PlayerKeys;
import org.wirewise.ui.player.PlayerModel;

/**
 * The main window's content: menu, lesson sidebar, the lesson's view with the player under it,
 * and narration above parameters on the right. Presentation mode hides everything but the
 * lesson, the narration and the player, and enlarges type.
 */
public final class MainWindow extends BorderPane {

    /** The window's own words (menus, dialogs, panels), in the language the window is built in. */
    static final String TEXTS = "org.wirewise.ui.app.app";
    static final double BASE_FONT_PX = 14;
    static final double PRESENTATION_FACTOR = 1.5;

    private final MainViewModel model;
    private final Texts texts;
    private final LessonViews views;
    private final StackPane lessonArea = new StackPane();
    private final LessonSidebar sidebar;
    private final NarrationPanel narration;
    private final StackPane parameterSlot = new StackPane();
    private ParameterPanel parameters;
    private final PlayerBar playerBar;
    private final SplitPane body = new SplitPane();
    private final SplitPane side = new SplitPane();
    private final VBox center = new VBox();
    /** In presentation mode: what the class sees besides the picture and the caption (keys H, V, P, T). */
    private final PresentationToggles toggles = new PresentationToggles();
    private final Subscription subscriptions;
    private final MainMenu menu;
    private final FileActions files;
    private final SimulationProgressPane progress;
    private LessonView lessonView;
    private String lessonViewId;
    private ComparePane comparePane;
    private Trace shownTrace;
    private Subscription sceneSubscription = Subscription.EMPTY;
    private final PracticeHost practice;
    private final LessonLinks links;
    private final PresenterTools presenter;
    private final ScreenReaderText screenReader;
    /** a11y: every step as text (Ctrl+T), at the window's right edge while shown. */
    private final TranscriptPanel transcript;
    private boolean transcriptShown;
    private final FocusRing focusRing = new FocusRing(this); // keyboard focus indicator (issue #24)

    public MainWindow(MainViewModel model, LessonViews views) {
        this.model = model;
        this.views = views;
        // Read once: a new language builds a new window (WindowHost).
        this.texts = Texts.of(TEXTS, model.languageProperty().get());
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource("wirewise.css").toExternalForm());
        PlayerModel player = model.player();
        files = new FileActions(model, texts, () -> getScene() == null ? null : getScene().getWindow(), lessonArea);
        java.util.Locale language = texts.language();
        sidebar = new LessonSidebar(model, language,
                id -> model.openLesson(id).ifPresent(m -> files.error(texts.get("error.lesson"), m)));
        links = new LessonLinks(model);
        narration = new NarrationPanel(player, texts,
                id -> model.catalog().find(id).map(l -> l.title(language)).orElse(id),
                link -> links.open(link).ifPresent(m -> files.error(texts.get("error.lesson"), m)));
        playerBar = new PlayerBar(player, language);
        screenReader = new ScreenReaderText(narration); // a11y: the narration announces each step
        transcript = new TranscriptPanel(player, screenReader, model.languageProperty(),
                () -> getScene() == null ? null : getScene().getWindow(), files::error);

        lessonArea.setId("lesson-area");
        lessonArea.getStyleClass().add("lesson-area");
        progress = new SimulationProgressPane(model, texts);
        lessonArea.getChildren().setAll(progress);
        center.getChildren().setAll(lessonArea, playerBar);
        VBox.setVgrow(lessonArea, javafx.scene.layout.Priority.ALWAYS);
        // However much a lesson asks for, the caption and the player stay on screen.
        lessonArea.setMinHeight(0);
        // A lesson taller than its area is cut at the area's edge, never drawn over the caption.
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(lessonArea.widthProperty());
        clip.heightProperty().bind(lessonArea.heightProperty());
        lessonArea.setClip(clip);
        // ...at its bottom edge: a lesson's top holds the lane names and headings (head-of-line presenting
        // at 1280x720, its side panel taller than the area, lost "Client" and "Server" when centred).
        lessonArea.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        side.setOrientation(Orientation.VERTICAL);
        parameterSlot.setId("parameter-slot");
        side.getItems().addAll(narration, parameterSlot);
        side.setDividerPositions(0.62);
        body.getItems().addAll(sidebar, center, side);
        body.setDividerPositions(0.17, 0.70);
        SplitPane.setResizableWithParent(sidebar, false);
        presenter = new PresenterTools(player);
        StackPane lessons = new StackPane(body, presenter.node());
        setCenter(lessons);
        practice = new PracticeHost(model, files, this::setCenter, lessons, links);
        menu = new MainMenu(model, texts, files, this::togglePresentation,
                () -> HelpDialogs.shortcuts(getScene().getWindow(), texts), () -> HelpDialogs.about(getScene().getWindow(), texts),
                () -> {
                    if (getScene() != null && getScene().getWindow() != null) {
                        getScene().getWindow().hide();
                    }
                }, practice::toggle, () -> practice.page().confirmReset());
        menu.addViewItem(TranscriptPanel.WORDS, model.languageProperty().get(), this::toggleTranscript); // a11y

        subscriptions = Subscription.combine(
                model.setupProperty().subscribe(this::ensureView),
                player.frameProperty().subscribe(this::showFrame),
                model.fontScaleProperty().subscribe(s -> applyType()),
                model.themeProperty().subscribe(t -> {
                    Application.setUserAgentStylesheet(t.userAgentStylesheet());
                    getStyleClass().removeAll("theme-light", "theme-dark");
                    getStyleClass().add("theme-" + t.name().toLowerCase(Locale.ROOT));
                }),
                model.presentationProperty().subscribe(this::applyPresentation),
                model.compare().activeProperty().subscribe(this::applyCompare),
                model.revealProperty().subscribe(this::applyReveal),
                model.onProblem(m -> files.error(texts.get("error.simulation"), m)));
    }

    /**
     * Builds the parameter panel now if it is not there yet. A window on screen builds it just
     * after its first frame (see {@link #attach}); a window rendered to an image needs it at once.
     */
    public void ensureParameters() {
        if (parameters == null) {
            parameters = new ParameterPanel(model, texts);
            parameterSlot.getChildren().setAll(parameters);
        }
    }

    /** Wires what needs the stage: keys, full screen, drag and drop of scenario files. */
    public void attach(Stage stage, Scene scene) {
        // The parameter sheet (ControlsFX) is the costliest panel to build and lay out; the first
        // frame goes without it. Queued from the first pulse, the build runs once that pulse (the
        // first frame) is done, and the sheet appears in the next one.
        Runnable[] afterFirstLayout = new Runnable[1];
        afterFirstLayout[0] = () -> {
            scene.removePostLayoutPulseListener(afterFirstLayout[0]);
            javafx.application.Platform.runLater(this::ensureParameters);
        };
        scene.addPostLayoutPulseListener(afterFirstLayout[0]);
        Subscription keys = PlayerKeys.install(scene, model.player(),
                () -> !practice.shown() && !presenter.blankedProperty().get());
        javafx.event.EventHandler<KeyEvent> windowKeys = e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.simulatingProperty().get()) {
                model.cancelSimulation(); // first Escape stops a run; the next leaves presentation mode
                e.consume();
            } else if (!practice.shown() && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)
                    && presenter.handle(e)) {
                e.consume(); // B blanks, Ctrl+P the pen, E erases (practice uses B for an answer)
            } else if (e.getCode() == KeyCode.F6) {
                practice.toggle();
                e.consume();
            } else if (e.getCode() == KeyCode.F5 || e.getCode() == KeyCode.F11) {
                togglePresentation();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.presentationProperty().get()
                    && !KeyboardHelp.escapeClearsFocusedMark(scene)) {
                model.presentationProperty().set(false);
                e.consume();
            } else if (model.presentationProperty().get() && !e.isShortcutDown()
                    && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)
                    && toggles.toggle(e.getCode())) {
                applyPresentation(true);
                e.consume();
            } else if (e.getCode() == KeyCode.R && !e.isShortcutDown() && !e.isAltDown() && !practice.shown()
                    && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                model.revealProperty().set(!model.revealProperty().get());
                e.consume();
            } else if (!e.isShortcutDown() && !e.isAltDown() && lessonView != null
                    && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)
                    && lessonView.handleKey(e.getCode())) {
                e.consume();
            } else if (e.isShortcutDown()) {
                // Handled here rather than by menu accelerators: presentation mode hides the menu.
                switch (e.getCode()) {
                    case PLUS, EQUALS, ADD -> model.scaleFont(1.1);
                    case MINUS, SUBTRACT -> model.scaleFont(1 / 1.1);
                    case DIGIT0, NUMPAD0 -> model.fontScaleProperty().set(1.0);
                    case T -> toggleTranscript(); // a11y
                    default -> {
                        return;
                    }
                }
                e.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, windowKeys);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                files.open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        Subscription leftFullScreen = stage.fullScreenProperty().subscribe(full -> {
            if (!full && model.presentationProperty().get()) {
                model.presentationProperty().set(false);
            }
        });
        stage.setFullScreenExitHint(texts.get("fullScreen.exit"));
        sceneSubscription = Subscription.combine(keys, leftFullScreen, focusRing.attach(scene),
                new FocusKeys().install(scene),
                () -> scene.removeEventFilter(KeyEvent.KEY_PRESSED, windowKeys),
                model.presentationProperty().subscribe(p -> stage.setFullScreen(p)));
    }

    /** Steps of the open lesson (for rendering every step); 0 when none is open. */
    /** The trace on show, or null before a lesson is open. */
    org.wirewise.model.trace.Trace trace() {
        return model.player().getTrace();
    }

    int stepCount() {
        return model.player().getTrace() == null ? 0 : model.player().getTrace().stepCount();
    }

    /** Shows step {@code step}, from 1 (for rendering). */
    void goToStep(int step) {
        model.player().goToStep(step);
    }

    /** A key for the lesson's view, as if pressed in the window (headless rendering's --press). */
    void pressViewKey(KeyCode code) {
        if (code == KeyCode.R) {
            model.revealProperty().set(!model.revealProperty().get()); // the window's key, for render --press R
        } else if (lessonView != null) {
            lessonView.handleKey(code);
        }
    }

    /** The transcript panel, shown or not (a11y). */
    TranscriptPanel transcript() {
        return transcript;
    }

    /** The last step announcement a screen reader was told about (a11y). */
    javafx.beans.property.ReadOnlyStringProperty announcedProperty() {
        return screenReader.announcedProperty();
    }

    public FileActions files() {
        return files;
    }

    /** The node a PNG export shows: the lesson view only. */
    public Node lessonArea() {
        return lessonArea;
    }

    public void dispose() {
        close();
        model.player().dispose();
        model.dispose();
    }

    /**
     * Takes this window's parts off its model and stage, leaving the model (lesson, step, side B,
     * history) to a new window: the language changed ({@link WindowHost}).
     */
    void close() {
        subscriptions.unsubscribe();
        sceneSubscription.unsubscribe();
        sidebar.dispose();
        narration.dispose();
        transcript.dispose();
        links.dispose();
        if (parameters != null) {
            parameters.dispose();
        }
        playerBar.dispose();
        presenter.dispose();
        menu.dispose();
        if (lessonView != null) {
            lessonView.dispose();
        }
        if (comparePane != null) {
            comparePane.dispose();
        }
        progress.dispose();
        practice.dispose();
    }

    /** Whether the practice page is shown in place of the lesson. */
    boolean practiceShown() {
        return practice.shown();
    }

    /** The practice page in place of the lesson (F6), or the lesson again. */
    public void showPractice(boolean show) {
        practice.show(show);
    }

    public org.wirewise.ui.practice.PracticePage practicePage() {
        return practice.page();
    }

    /** Shows or hides the transcript (Ctrl+T); shown, it takes the keyboard focus. */
    void toggleTranscript() {
        transcriptShown = !transcriptShown;
        placeTranscript();
        if (transcriptShown) {
            transcript.list().requestFocus();
        }
    }

    /**
     * The transcript between the narration and the parameters (the side column already has a
     * readable width), or presenting, beside the picture and its caption.
     */
    private void placeTranscript() {
        boolean wasInSide = side.getItems().remove(transcript);
        body.getItems().remove(transcript);
        if (transcriptShown && model.presentationProperty().get()) {
            body.getItems().add(transcript);
            body.setDividerPosition(body.getDividers().size() - 1, 0.74);
        } else if (transcriptShown) {
            side.getItems().add(1, transcript);
            side.setDividerPositions(0.38, 0.76);
        } else if (wasInSide) {
            side.setDividerPositions(0.62);
        }
    }

    private void togglePresentation() {
        model.presentationProperty().set(!model.presentationProperty().get());
    }

    private void ensureView(LessonSetup setup) {
        if (setup == null || setup.lesson().id().equals(lessonViewId)) {
            return;
        }
        Node old = null;
        if (lessonView != null) {
            lessonView.dispose();
            old = lessonView.node();
        }
        lessonViewId = setup.lesson().id();
        lessonView = views.create(lessonViewId, new WindowLessonContext(model, setup.lesson(),
                m -> files.error(texts.get("error.parameter"), m)));
        shownTrace = null;
        lessonView.setReveal(model.revealProperty().get());
        placeLessonView();
        if (old != null) {
            BitmapCaches.release(old, lessonArea);
        }
    }

    private void applyReveal(boolean on) {
        if (lessonView != null) {
            lessonView.setReveal(on);
        }
        if (comparePane != null) {
            comparePane.setReveal(on);
        }
    }

    /** The lesson's view alone, or beside side B's during an A/B comparison. */
    private void placeLessonView() {
        if (lessonView == null) {
            return;
        }
        if (model.compare().isActive() && comparePane != null) {
            comparePane.showA(lessonView.node());
            lessonArea.getChildren().setAll(comparePane, progress);
        } else {
            lessonArea.getChildren().setAll(lessonView.node(), progress);
        }
    }

    private void applyCompare(boolean on) {
        if (on && comparePane == null) {
            comparePane = new ComparePane(model.compare(), views, texts, m -> files.error(texts.get("error.parameter"), m));
            comparePane.setReveal(model.revealProperty().get());
        }
        if (comparePane == null) {
            return;
        }
        ensureParameters();
        if (on) {
            parameterSlot.getChildren().setAll(ComparePane.parameterColumn(parameters, comparePane.parametersB()));
        } else {
            comparePane.release();
            parameterSlot.getChildren().setAll(parameters);
        }
        placeLessonView();
    }

    private void showFrame(PlayerFrame frame) {
        if (frame == null || lessonView == null) {
            return;
        }
        if (frame.trace() != shownTrace) {
            shownTrace = frame.trace();
            lessonView.setTrace(shownTrace);
        }
        lessonView.show(frame.stepIndex(), frame.time());
        screenReader.show(frame.trace(), frame.stepIndex(), model.languageProperty().get(), lessonView); // a11y
    }

    /**
     * Presentation mode is a layout of its own, not a bigger window: the lesson's picture across
     * the width, the narration under it as a caption, the player; packet bytes (H), the state table
     * (V) and the parameters (P) only when asked for.
     */
    private void applyPresentation(boolean on) {
        getStyleClass().removeAll("presentation", "hide-bytes", "tables-first");
        if (on) {
            getStyleClass().add("presentation");
            if (toggles.tablesFirst()) {
                getStyleClass().add("tables-first");
            }
            if (!toggles.bytes()) {
                getStyleClass().add("hide-bytes");
            }
            setTop(null);
            narration.getStyleClass().add("caption");
            narration.statesShownProperty().set(toggles.states());
            side.getItems().remove(narration);
            if (!center.getChildren().contains(narration)) {
                center.getChildren().add(1, narration);
            }
            // A fixed band, so the picture does not jump from step to step; a long narration scrolls.
            narration.minHeightProperty().bind(center.heightProperty().multiply(toggles.states() ? 0.5 : 0.28));
            narration.maxHeightProperty().bind(narration.minHeightProperty());
            body.getItems().setAll(toggles.parameters() ? List.of(center, parameterSlot) : List.of(center));
            if (toggles.parameters()) {
                body.setDividerPositions(0.74);
            }
        } else {
            setTop(menu);
            narration.getStyleClass().remove("caption");
            narration.statesShownProperty().set(true);
            narration.maxHeightProperty().unbind();
            narration.minHeightProperty().unbind();
            narration.setMaxHeight(Double.MAX_VALUE);
            narration.setMinHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            center.getChildren().remove(narration);
            side.getItems().setAll(narration, parameterSlot);
            body.getItems().setAll(sidebar, center, side);
            body.setDividerPositions(0.17, 0.70);
            side.setDividerPositions(0.62);
        }
        placeTranscript();
        applyType();
    }

    private void applyType() {
        double px = BASE_FONT_PX * model.fontScaleProperty().get()
                * (model.presentationProperty().get() ? PRESENTATION_FACTOR : 1);
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
        // Narration and parameters keep a readable column however much the lesson asks for.
        side.setMinWidth(22 * px);
        transcript.setMinWidth(18 * px); // a11y: its title, Copy and Save stay whole
        playerBar.setIconSize((int) Math.round(px * 1.6));
    }
}
