package org.wirewise.ui.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.StepLink;

/**
 * A step's links to other lessons' steps, as buttons under the narration: "Open in TCP handshake,
 * step 3". Buttons, so Tab reaches them and Space or Enter opens them; the tooltip names the
 * lesson, the step, what it shows and the parameters it is opened with.
 */
final class StepLinkButtons extends VBox {

    private final org.wirewise.model.text.Texts texts;
    private final Function<String, String> lessonTitle;
    private final Consumer<StepLink> open;

    /**
     * @param lessonTitle a lesson's title from its id (the id itself when the catalog has none)
     * @param open        opens a link (the window's {@link LessonLinks})
     */
    StepLinkButtons(org.wirewise.model.text.Texts texts, Function<String, String> lessonTitle, Consumer<StepLink> open) {
        super(6);
        this.texts = texts;
        this.lessonTitle = lessonTitle;
        this.open = open;
        setId("step-links");
        getStyleClass().add("step-links");
        // No links, no gap in the narration.
        managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(getChildren()));
        visibleProperty().bind(managedProperty());
    }

    void show(List<StepLink> links) {
        getChildren().setAll(links.stream().map(this::button).toList());
    }

    private Button button(StepLink link) {
        String title = lessonTitle.apply(link.lessonId());
        Button b = new Button(texts.get("link.button", title, Integer.toString(link.step())));
        b.getStyleClass().add("step-link");
        b.setWrapText(true); // a narrow narration panel wraps the words rather than cutting them
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setMaxWidth(Double.MAX_VALUE);
        StringBuilder tip = new StringBuilder(texts.get("link.help", title, link.lessonId(),
                Integer.toString(link.step()), link.caption()));
        if (!link.parameters().isEmpty()) {
            tip.append("\n").append(texts.get("link.with", link.settings()));
        }
        b.setTooltip(new Tooltip(tip.toString()));
        b.setOnAction(e -> open.accept(link));
        return b;
    }
}
