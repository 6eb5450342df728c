package org.wirewise.ui.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.util.Subscription;
import org.wirewise.lesson.Chapter;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonSetup;

/**
 * The lessons that exist, grouped by chapter; selecting one (a click) opens it. With the keyboard,
 * Up/Down move the focused row without opening what they pass (each lesson would run its
 * simulation), and Enter opens the focused lesson or opens/closes the focused chapter.
 */
final class LessonSidebar extends TreeView<Object> {

    private final Map<String, TreeItem<Object>> itemsById = new LinkedHashMap<>();
    private final Subscription subscription;
    private boolean syncing;

    /** @param language the window's language: lesson titles, summaries and chapters in it */
    LessonSidebar(MainViewModel model, java.util.Locale language, java.util.function.Consumer<String> open) {
        setId("lesson-sidebar");
        getStyleClass().addAll("lesson-sidebar", "dense");
        setShowRoot(false);
        TreeItem<Object> root = new TreeItem<>(); // hidden: the chapters are the top level
        Map<Chapter, TreeItem<Object>> chapters = new LinkedHashMap<>();
        List<Lesson<?>> lessons = model.catalog().all();
        for (Chapter chapter : Chapter.values()) {
            for (Lesson<?> lesson : lessons) {
                if (lesson.chapter() == chapter) {
                    TreeItem<Object> chapterItem = chapters.computeIfAbsent(chapter, c -> {
                        TreeItem<Object> item = new TreeItem<>(c);
                        item.setExpanded(true);
                        root.getChildren().add(item);
                        return item;
                    });
                    TreeItem<Object> item = new TreeItem<>(lesson);
                    chapterItem.getChildren().add(item);
                    itemsById.put(lesson.id(), item);
                }
            }
        }
        setRoot(root);
        setAccessibleText(a11y(model).get("lessons")); // a11y
        setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("chapter");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                } else if (item instanceof Chapter c) {
                    setText(c.displayName(language));
                    getStyleClass().add("chapter");
                    setTooltip(null);
                } else if (item instanceof Lesson<?> l) {
                    setText(l.title(language));
                    setTooltip(new Tooltip(l.summary(language)));
                }
                // a11y: a reader names a lesson with its chapter (the tree's indent says it to the eye)
                setAccessibleText(item instanceof Lesson<?> l ? a11y(model).get("lesson.item", l.title(language),
                        getTreeItem().getParent().getValue() instanceof Chapter c ? c.displayName(language) : "") : null);
                if (getText() != null) {
                    javafx.scene.text.Text probe = new javafx.scene.text.Text(getText());
                    probe.setFont(getFont());
                    // the text, the tree's indent and disclosure arrow, the cell's padding, and the vertical
                    // scroll bar the list gets once its chapters outgrow a 720-pixel-high window
                    keepWhole(probe.getLayoutBounds().getWidth() + 5 * getFont().getSize());
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null && item.getValue() instanceof Lesson<?> l) {
                open.accept(l.id());
            }
        });
        subscription = model.requestedSetupProperty().subscribe(this::reflect);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && key(e.getCode())) {
                e.consume();
            }
        });
    }

    /** Up, Down and Enter on the focused row; false for any other key. */
    private boolean key(javafx.scene.input.KeyCode code) {
        int row = getFocusModel().getFocusedIndex();
        switch (code) {
            case UP, DOWN -> {
                int next = Math.max(0, Math.min(getExpandedItemCount() - 1, row + (code == javafx.scene.input.KeyCode.UP ? -1 : 1)));
                getFocusModel().focus(next);
                if (lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                    flow.scrollTo(next); // only as far as needed
                }
            }
            case ENTER -> {
                TreeItem<Object> item = getTreeItem(row);
                if (item == null) {
                    return false;
                }
                if (item.getValue() instanceof Lesson<?>) {
                    getSelectionModel().select(item); // opens it
                } else {
                    item.setExpanded(!item.isExpanded());
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private double widest;

    private static org.wirewise.model.text.Texts a11y(MainViewModel model) {
        return org.wirewise.model.text.Texts.of("org.wirewise.ui.app.a11y", model.languageProperty().get());
    }

    /**
     * The list is never narrower than its longest title ("NAT behaviours (RFC 4787)" whole, not
     * clipped under its edge): a tree's preferred width does not follow its cells.
     */
    private void keepWhole(double cellWidth) {
        if (cellWidth > widest) {
            widest = cellWidth;
            setMinWidth(Math.ceil(widest + snappedLeftInset() + snappedRightInset()));
        }
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void reflect(LessonSetup setup) {
        TreeItem<Object> item = setup == null ? null : itemsById.get(setup.lesson().id());
        if (item != null && getSelectionModel().getSelectedItem() != item) {
            syncing = true;
            getSelectionModel().select(item);
            syncing = false;
        }
    }
}
