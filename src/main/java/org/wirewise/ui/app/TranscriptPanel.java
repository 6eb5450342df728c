package org.wirewise.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.StepDescription;
import org.wirewise.model.trace.Trace;
import org.wirewise.scenario.AtomicFiles;
import org.wirewise.ui.player.PlayerModel;

/**
 * The whole trace as text, for a screen reader or anyone who reads rather than watches: one entry
 * per step (number, time, title, what the picture shows, narration) in a list the keyboard moves
 * through. The shown step is selected and kept in view; Enter (or a double click) goes to the
 * selected step. Copy and Save take the whole transcript.
 */
final class TranscriptPanel extends VBox {

    static final String WORDS = "org.wirewise.ui.app.a11y";

    private final ListView<Integer> steps = new ListView<>();
    private final Label title = new Label();
    private final Button copy = new Button();
    private final Button save = new Button();
    private final PlayerModel player;
    private final ScreenReaderText reader;
    private final ObservableValue<Locale> language;
    private final Supplier<Window> owner;
    private final BiConsumer<String, String> error;
    private final Subscription subscription;
    private Trace shown;
    private boolean following;

    /**
     * @param reader   the window's descriptions (one per trace and language, shared with the announcements)
     * @param error    shows a problem: a header and what went wrong
     */
    TranscriptPanel(PlayerModel player, ScreenReaderText reader, ObservableValue<Locale> language, Supplier<Window> owner,
                    BiConsumer<String, String> error) {
        this.player = player;
        this.reader = reader;
        this.language = language;
        this.owner = owner;
        this.error = error;
        setId("transcript-panel");
        getStyleClass().add("transcript-panel");
        setSpacing(6);
        title.getStyleClass().add("section-title");
        copy.setId("transcript-copy");
        copy.setOnAction(e -> copyAll());
        save.setId("transcript-save");
        save.setOnAction(e -> saveAll());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, copy, save);
        head.setAlignment(Pos.CENTER_LEFT);
        steps.setId("transcript-steps");
        steps.setCellFactory(list -> new EntryCell());
        steps.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goToSelected();
                e.consume();
            }
        });
        steps.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                goToSelected();
            }
        });
        // Entries wrap to the list's width in the window's type size; a list keeps the heights it measured,
        // so it measures them again once a new width or size (presenting, Ctrl+plus) is laid out.
        steps.widthProperty().addListener(o -> javafx.application.Platform.runLater(steps::refresh));
        title.fontProperty().addListener(o -> javafx.application.Platform.runLater(steps::refresh));
        VBox.setVgrow(steps, Priority.ALWAYS);
        getChildren().addAll(head, steps);
        subscription = Subscription.combine(player.frameProperty().subscribe(f -> refresh()),
                language.subscribe(l -> {
                    refresh();
                    steps.refresh(); // the entries' words too
                }));
    }

    /** The list of entries (focus goes here when the panel opens). */
    ListView<Integer> list() {
        return steps;
    }

    void dispose() {
        subscription.unsubscribe();
    }

    /** The words of the panel in the window's language, and the trace's entries when it changed. */
    private void refresh() {
        Texts words = Texts.of(WORDS, language.getValue());
        title.setText(words.get("transcript.title"));
        copy.setText(words.get("transcript.copy"));
        copy.setTooltip(new Tooltip(words.get("transcript.copy.help")));
        save.setText(words.get("transcript.save"));
        save.setTooltip(new Tooltip(words.get("transcript.save.help")));
        steps.setAccessibleText(words.get("transcript.title"));
        steps.setAccessibleHelp(words.get("transcript.help"));
        steps.setPlaceholder(new Label(words.get("transcript.empty")));
        Trace trace = player.getTrace();
        copy.setDisable(trace == null);
        save.setDisable(trace == null);
        if (trace != shown) {
            shown = trace;
            steps.getItems().setAll(trace == null ? java.util.List.of()
                    : IntStream.range(0, trace.stepCount()).boxed().toList());
        }
        if (trace != null && steps.getSelectionModel().getSelectedIndex() != player.getStepIndex()) {
            following = true;
            steps.getSelectionModel().select(player.getStepIndex());
            steps.scrollTo(player.getStepIndex()); // its entry starts at the top of the list
            following = false;
        }
    }

    private StepDescription descriptions() {
        return reader.descriptions(shown, language.getValue());
    }

    private void goToSelected() {
        Integer index = steps.getSelectionModel().getSelectedItem();
        if (index != null && !following) {
            player.goToStep(index + 1);
        }
    }

    private void copyAll() {
        if (shown != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(descriptions().transcript());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void saveAll() {
        if (shown == null) {
            return;
        }
        Texts words = Texts.of(WORDS, language.getValue());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("transcript.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("transcript.save.filter"), "*.txt"));
        chooser.setInitialFileName(shown.lessonId() + "-transcript.txt");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            save(file.toPath(), words);
        }
    }

    /** Writes the transcript through the one atomic writer; a failure is shown, never thrown. */
    void save(Path path, Texts words) {
        try {
            AtomicFiles.write(path, descriptions().transcript().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            error.accept(words.get("transcript.save.failed"), path + ": " + AtomicFiles.reason(e));
        }
    }

    /** One step: its entry in wrapped text, which is also what a reader says for it. */
    private final class EntryCell extends ListCell<Integer> {
        private final Label text = new Label();

        EntryCell() {
            text.setWrapText(true);
            text.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(this::textWidth,
                    steps.widthProperty(), text.fontProperty()));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0); // the list gives the cell its width
        }

        /** Inside the list's scroll bar and the cell's padding, which grow with the type presenting. */
        private double textWidth() {
            return Math.max(40, steps.getWidth() - 2 * text.getFont().getSize() - 24);
        }

        // A list measures a cell once per layout with the width it had; the entry's height is that of its
        // text wrapped at the list's width now, in the size the window's type has now.
        @Override
        protected double computePrefHeight(double width) {
            text.applyCss();
            return snappedTopInset() + text.prefHeight(textWidth()) + snappedBottomInset();
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null || shown == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                String entry = descriptions().entry(index);
                text.setText(entry);
                setGraphic(text);
                setAccessibleText(entry.replace('\n', ' '));
            }
        }
    }
}
