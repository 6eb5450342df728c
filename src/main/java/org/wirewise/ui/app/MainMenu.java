package org.wirewise.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;
import org.wirewise.ui.player.PlayerModel;

/** The menu bar: File, Edit, View, Playback, Practice, Help. Items forward to the view model or file actions. */
final class MainMenu extends MenuBar {

    private final Subscription subscription;
    private final Menu view;

    MainMenu(MainViewModel model, FileActions files, Runnable togglePresentation, Runnable showShortcuts,
             Runnable showAbout, Runnable quit, Runnable togglePractice, Runnable resetPractice) {
        setId("main-menu");
        Menu file = new Menu("_File", null,
                item("_Open scenario…", "Ctrl+O", files::openScenario),
                item("Open _capture…", "Ctrl+Shift+O", files::openCapture),
                item("_Save scenario as…", "Ctrl+S", files::saveScenario),
                new SeparatorMenuItem(),
                item("_Export step as PNG…", "Ctrl+E", files::exportPng),
                item("Export packets as _pcap…", "Ctrl+Shift+E", files::exportPcap),
                item("Export _lesson (PDF or GIF)…", null, files::exportLesson),
                new SeparatorMenuItem(),
                item("_Quit", "Ctrl+Q", quit));
        MenuItem undo = item("_Undo parameter change", "Shortcut+Z", model::undo);
        undo.setId("menu-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("_Redo parameter change", "Shortcut+Shift+Z", model::redo);
        redo.setId("menu-redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuItem undoB = item("Undo side _B change", "Shortcut+Alt+Z", () -> model.compare().undo());
        undoB.setId("menu-undo-b");
        undoB.disableProperty().bind(model.compare().canUndoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo, undoB, new SeparatorMenuItem(),
                item("Reset _parameters", null, () -> model.resetParameters()));

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu("_Theme");
        theme.setId("menu-theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.displayName());
            r.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(themes);
            r.setOnAction(e -> model.themeProperty().set(t));
            theme.getItems().add(r);
        }
        MenuItem presentation = item("_Presentation mode", "F5", togglePresentation);
        MenuItem larger = item("_Larger text", "Shortcut+Plus", () -> model.scaleFont(1.1));
        MenuItem smaller = item("_Smaller text", "Shortcut+Minus", () -> model.scaleFont(1 / 1.1));
        MenuItem actual = item("_Actual size", "Shortcut+0", () -> model.fontScaleProperty().set(1.0));
        javafx.scene.control.CheckMenuItem compare = new javafx.scene.control.CheckMenuItem("_Compare A/B");
        compare.setId("menu-compare");
        compare.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        compare.setOnAction(e -> {
            if (model.compare().isActive()) {
                model.compare().stop();
            } else {
                model.compare().start().ifPresent(m -> files.error("A/B compare could not start", m));
            }
            compare.setSelected(model.compare().isActive());
        });
        javafx.scene.control.CheckMenuItem reveal = new javafx.scene.control.CheckMenuItem("_Reveal step by step\tR");
        reveal.setId("menu-reveal");
        reveal.selectedProperty().bindBidirectional(model.revealProperty());
        Menu view = new Menu("_View", null, theme, presentation, compare, reveal, new SeparatorMenuItem(), larger,
                smaller, actual);
        view.setId("menu-view");
        this.view = view;

        PlayerModel player = model.player();
        Menu playback = new Menu("_Playback", null,
                item("Play / pause\tSpace", null, player::togglePlay),
                item("Next step\tRight, Page Down", null, player::next),
                item("Previous step\tLeft, Page Up", null, player::previous),
                item("First step\tHome", null, player::first),
                item("Last step\tEnd", null, player::last),
                new SeparatorMenuItem(),
                item("Faster\t+", null, player::faster),
                item("Slower\t−", null, player::slower));
        MenuItem practiceItem = item("_Interview practice", "F6", togglePractice);
        practiceItem.setId("menu-practice-open");
        Menu practice = new Menu("P_ractice", null, practiceItem,
                item("_" + org.wirewise.practice.PracticeText.RESET_PROGRESS + "…", null, resetPractice));
        practice.setId("menu-practice");
        Menu help = new Menu("_Help", null,
                item("_Keyboard shortcuts", "F1", showShortcuts),
                item("_About Wirewise", null, showAbout));
        getMenus().addAll(file, edit, view, playback, practice, help);
        subscription = Subscription.combine(model.themeProperty().subscribe(t -> themes.getToggles().stream()
                .filter(toggle -> ((RadioMenuItem) toggle).getText().equals(t.displayName()))
                .findFirst().ifPresent(themes::selectToggle)),
                model.compare().activeProperty().subscribe(compare::setSelected));
    }

    /** a11y: View ▸ Transcript (Ctrl+T), its words from the window's screen-reader bundle. */
    void addViewItem(String bundle, java.util.Locale language, Runnable toggleTranscript) {
        MenuItem item = item(org.wirewise.model.text.Texts.of(bundle, language).get("transcript.menu"), "Shortcut+T",
                toggleTranscript);
        item.setId("menu-transcript");
        view.getItems().add(4, item); // after Reveal
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
