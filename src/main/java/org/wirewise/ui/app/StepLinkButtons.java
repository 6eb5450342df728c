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

    private final Function<String, String> lessonTitle;
    private final Consumer<StepLink> open;

    /**
     * @param lessonTitle a lesson's title from its id (the id itself when the catalog has none)
     * @param open        opens a link (the window's {@link LessonLinks})
     */
    StepLinkButtons(Function<String, String> lessonTitle, Consumer<StepLink> open) {
        super(6);
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
        Button b = new Button("Open in " + title + ", step " + link.step());
        b.getStyleClass().add("step-link");
        b.setWrapText(true); // a narrow narration panel wraps the words rather than cutting them
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setMaxWidth(Double.MAX_VALUE);
        StringBuilder tip = new StringBuilder("Opens the lesson \u201c").append(title).append("\u201d (")
                .append(link.lessonId()).append(") at step ").append(link.step()).append(": ").append(link.caption());
        if (!link.parameters().isEmpty()) {
            tip.append("\nwith ").append(link.settings());
        }
        b.setTooltip(new Tooltip(tip.toString()));
        b.setOnAction(e -> open.accept(link));
        return b;
    }
}
