package org.wirewise.ui.lesson.latency;

import javafx.scene.layout.FlowPane;
import org.wirewise.model.latency.BdpSimulator;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.ui.lesson.stack.TableCard;

/**
 * The bdp lesson: both downloads' first round trips side by side on one diagram (the 64 KiB flow's
 * bursts and pauses beside the scaled flow's growing rounds), the product, the rounds and the
 * measured throughput as cards.
 */
public final class BdpView extends DiagramLessonView {

    private final TableCard product = new TableCard("bdp", 0);
    private final TableCard comparison = new TableCard("comparison", 0);
    private final TableCard rounds = new TableCard("rounds", 0);

    public BdpView() {
        this(java.util.Locale.ENGLISH);
    }

    /** @param language the window's language (LessonContext.language()): the diagram's own words in it */
    public BdpView(java.util.Locale language) {
        FlowPane cards = new FlowPane(comparison, product, rounds);
        cards.getStyleClass().add("cards");
        build(language, cards);
    }

    @Override
    protected void showStep(Snapshot snapshot) {
        product.show(snapshot.table(BdpSimulator.PRODUCT).orElse(null));
        comparison.show(snapshot.table(BdpSimulator.COMPARISON).orElse(null));
        rounds.show(snapshot.table(BdpSimulator.ROUNDS).orElse(null));
    }
}
