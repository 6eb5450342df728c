package org.wirewise.ui.lesson.latency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.FlowPane;
import org.wirewise.model.latency.BandwidthThroughputSimulator;
import org.wirewise.model.latency.CapacityShare;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.ui.lesson.stack.TableCard;

/**
 * The bandwidth-throughput lesson: the download as a sequence diagram, under it the bar of where
 * the link's capacity went over the transfer, and the step's tables (the worked example, the
 * rounds of slow start, the final account).
 */
public final class BandwidthThroughputView extends DiagramLessonView {

    private final StackedBar bar = new StackedBar("capacity-bar");
    private final TableCard example = new TableCard("example", 0);
    private final TableCard rounds = new TableCard("rounds", 0);
    private final TableCard account = new TableCard("account", 0);

    public BandwidthThroughputView() {
        FlowPane cards = new FlowPane(example, account, rounds);
        cards.getStyleClass().add("cards");
        build(bar, cards);
    }

    @Override
    protected void showStep(Snapshot snapshot) {
        CapacityShare share = snapshot.fact(CapacityShare.class).orElseThrow();
        List<StackedBar.Entry> entries = new ArrayList<>();
        for (CapacityShare.Part p : share.parts()) {
            entries.add(new StackedBar.Entry(p.use().displayName() + String.format(Locale.ROOT, " %.1f %%",
                    100 * p.bits() / share.total()), "use-" + p.use().name().toLowerCase(Locale.ROOT), p.bits()));
        }
        bar.show("Where the link's capacity went during the whole download", entries);
        example.show(snapshot.table(BandwidthThroughputSimulator.EXAMPLE).orElse(null));
        rounds.show(snapshot.table(BandwidthThroughputSimulator.ROUNDS).orElse(null));
        account.show(snapshot.table(BandwidthThroughputSimulator.ACCOUNT).orElse(null));
    }
}
