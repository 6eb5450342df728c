package org.wirewise.ui.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.util.Subscription;
import org.wirewise.model.text.Texts;
import org.wirewise.ui.player.PlayerModel;

/** The menu bar: File, Edit, View, Playback, Practice, Help. Items forward to the view model or file actions. */
final class MainMenu extends MenuBar {

    private final Subscription subscription;
    private final Menu view;
    /** The window's words, which name the accelerators' modifiers. */
    private final Texts words;

    MainMenu(MainViewModel model, Texts t, FileActions files, Runnable togglePresentation, Runnable showShortcuts,
             Runnable showAbout, Runnable quit, Runnable togglePractice, Runnable resetPractice) {
        setId("main-menu");
        this.words = t;
        Menu file = new Menu(t.get("menu.file"), null,
                item(t.get("menu.file.openScenario"), "Ctrl+O", files::openScenario),
                item(t.get("menu.file.openCapture"), "Ctrl+Shift+O", files::openCapture),
                item(t.get("menu.file.saveScenario"), "Ctrl+S", files::saveScenario),
                new SeparatorMenuItem(),
                item(t.get("menu.file.exportPng"), "Ctrl+E", files::exportPng),
                item(t.get("menu.file.exportPcap"), "Ctrl+Shift+E", files::exportPcap),
                item(t.get("menu.file.exportLesson"), null, files::exportLesson),
                new SeparatorMenuItem(),
                item(t.get("menu.file.quit"), "Ctrl+Q", quit));
        MenuItem undo = item(t.get("menu.edit.undo"), "Shortcut+Z", model::undo);
        undo.setId("menu-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item(t.get("menu.edit.redo"), "Shortcut+Shift+Z", model::redo);
        redo.setId("menu-redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuItem undoB = item(t.get("menu.edit.undoB"), "Shortcut+Alt+Z", () -> model.compare().undo());
        undoB.setId("menu-undo-b");
        undoB.disableProperty().bind(model.compare().canUndoProperty().not());
        Menu edit = new Menu(t.get("menu.edit"), null, undo, redo, undoB, new SeparatorMenuItem(),
                item(t.get("menu.edit.reset"), null, () -> model.resetParameters()));

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu(t.get("menu.view.theme"));
        theme.setId("menu-theme");
        java.util.Map<Theme, RadioMenuItem> themeItems = new java.util.EnumMap<>(Theme.class);
        for (Theme each : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.get("theme." + each.name().toLowerCase(java.util.Locale.ROOT)));
            r.setId("theme-" + each.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(themes);
            r.setOnAction(e -> model.themeProperty().set(each));
            theme.getItems().add(r);
            themeItems.put(each, r);
        }
        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(t.get("menu.view.language"));
        language.setId("menu-language");
        java.util.Map<LanguageChoice, RadioMenuItem> languageItems = new java.util.EnumMap<>(LanguageChoice.class);
        var choice = model.windowLanguage().choiceProperty();
        for (LanguageChoice each : LanguageChoice.values()) {
            RadioMenuItem r = new RadioMenuItem(each.displayName(t));
            r.setId("language-" + each.setting());
            r.setMnemonicParsing(false);
            r.setToggleGroup(languages);
            r.setOnAction(e -> choice.set(each));
            language.getItems().add(r);
            languageItems.put(each, r);
        }
        MenuItem presentation = item(t.get("menu.view.presentation"), "F5", togglePresentation);
        MenuItem larger = item(t.get("menu.view.larger"), "Shortcut+Plus", () -> model.scaleFont(1.1));
        MenuItem smaller = item(t.get("menu.view.smaller"), "Shortcut+Minus", () -> model.scaleFont(1 / 1.1));
        MenuItem actual = item(t.get("menu.view.actual"), "Shortcut+0", () -> model.fontScaleProperty().set(1.0));
        javafx.scene.control.CheckMenuItem compare = new javafx.scene.control.CheckMenuItem(t.get("menu.view.compare"));
        compare.setId("menu-compare");
        compare.setAccelerator(MenuAccelerator.of("Shortcut+B", t));
        compare.setOnAction(e -> {
            if (model.compare().isActive()) {
                model.compare().stop();
            } else {
                model.compare().start().ifPresent(m -> files.error(t.get("error.compare"), m));
            }
            compare.setSelected(model.compare().isActive());
        });
        javafx.scene.control.CheckMenuItem reveal = new javafx.scene.control.CheckMenuItem(t.get("menu.view.reveal"));
        reveal.setId("menu-reveal");
        reveal.selectedProperty().bindBidirectional(model.revealProperty());
        Menu view = new Menu(t.get("menu.view"), null, theme, language, presentation, compare, reveal, new SeparatorMenuItem(), larger,
                smaller, actual);
        view.setId("menu-view");
        this.view = view;

        PlayerModel player = model.player();
        Menu playback = new Menu(t.get("menu.playback"), null,
                item(t.get("menu.playback.play"), null, player::togglePlay),
                item(t.get("menu.playback.next"), null, player::next),
                item(t.get("menu.playback.previous"), null, player::previous),
                item(t.get("menu.playback.first"), null, player::first),
                item(t.get("menu.playback.last"), null, player::last),
                new SeparatorMenuItem(),
                item(t.get("menu.playback.faster"), null, player::faster),
                item(t.get("menu.playback.slower"), null, player::slower));
        MenuItem practiceItem = item(t.get("menu.practice.open"), "F6", togglePractice);
        practiceItem.setId("menu-practice-open");
        Menu practice = new Menu(t.get("menu.practice"), null, practiceItem,
                item(t.get("menu.practice.reset"), null, resetPractice));
        practice.setId("menu-practice");
        Menu help = new Menu(t.get("menu.help"), null,
                item(t.get("menu.help.shortcuts"), "F1", showShortcuts),
                item(t.get("menu.help.about"), null, showAbout));
        getMenus().addAll(file, edit, view, playback, practice, help);
        subscription = Subscription.combine(model.themeProperty().subscribe(each -> themes.selectToggle(themeItems.get(each))),
                choice.subscribe(each -> languages.selectToggle(languageItems.get(each))),
                model.compare().activeProperty().subscribe(compare::setSelected));
    }

    /** a11y: View ▸ Transcript (Ctrl+T), its words from the window's screen-reader bundle. */
    void addViewItem(String bundle, java.util.Locale language, Runnable toggleTranscript) {
        MenuItem item = item(org.wirewise.model.text.Texts.of(bundle, language).get("transcript.menu"), "Shortcut+T",
                toggleTranscript);
        item.setId("menu-transcript");
        int firstSeparator = 0;
        while (firstSeparator < view.getItems().size() && !(view.getItems().get(firstSeparator) instanceof SeparatorMenuItem)) {
            firstSeparator++;
        }
        view.getItems().add(firstSeparator, item); // after the modes (presentation, compare, reveal)
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(MenuAccelerator.of(accelerator, words));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
