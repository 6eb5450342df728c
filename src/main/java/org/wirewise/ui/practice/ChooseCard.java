package org.wirewise.ui.practice;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wirewise.lesson.Chapter;
import org.wirewise.practice.PracticeChoices;
import org.wirewise.practice.PracticeText;

/** The start of practice: chapter (or mixed), practice or mock interview, how many questions. */
final class ChooseCard extends VBox {

    ChooseCard(PracticeModel model, org.wirewise.model.text.Texts words) {
        getStyleClass().add("choose-card");
        setId("choose-card");
        SpinnerValueFactory.IntegerSpinnerValueFactory counts = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                model.maxCount(), Math.min(model.countProperty().get(), model.maxCount()));
        ToggleGroup chapters = new ToggleGroup();
        VBox chapterBox = new VBox();
        chapterBox.getStyleClass().add("chapter-choices");
        chapterBox.getChildren().add(radio(chapters, words.get("mixed"), "chapter-mixed", model.chapterProperty().get() == null,
                () -> choose(model, null, counts)));
        for (Chapter c : model.bank().chapters()) {
            chapterBox.getChildren().add(radio(chapters, c.displayName(words.language()), "chapter-" + org.wirewise.practice.ChapterNames.slug(c),
                    model.chapterProperty().get() == c, () -> choose(model, c, counts)));
        }
        ToggleGroup modes = new ToggleGroup();
        Spinner<Integer> count = new Spinner<>();
        count.setId("question-count");
        count.setEditable(false);
        count.setValueFactory(counts);
        counts.valueProperty().addListener((o, was, now) -> model.countProperty().set(now));
        RadioButton practice = radio(modes, words.get("mode.practice"), "mode-practice", !model.mockProperty().get(),
                () -> model.mockProperty().set(false));
        RadioButton mock = radio(modes, words.get("mode.mock", words.get("mode.mock.length",
                        Integer.toString(PracticeChoices.MOCK_QUESTIONS), Integer.toString(PracticeChoices.MOCK_MINUTES))),
                "mode-mock", model.mockProperty().get(), () -> model.mockProperty().set(true));
        count.disableProperty().bind(model.mockProperty());
        Label refusal = QuestionCard.label("", "refusal");
        Button start = new Button(words.get("start"));
        start.setId("start-practice");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.start().ifPresent(refusal::setText));
        getChildren().addAll(QuestionCard.label(words.get("choose"), "question-prompt"), chapterBox,
                new HBox(practice, count), mock, start, refusal);
    }

    /** A chapter chosen: the count can go up to its number of questions. */
    private static void choose(PracticeModel model, Chapter chapter, SpinnerValueFactory.IntegerSpinnerValueFactory counts) {
        model.chapterProperty().set(chapter);
        counts.setMax(model.maxCount());
    }

    private static RadioButton radio(ToggleGroup group, String text, String id, boolean selected, Runnable action) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setSelected(selected);
        r.setOnAction(e -> action.run());
        r.setWrapText(true);
        return r;
    }
}
