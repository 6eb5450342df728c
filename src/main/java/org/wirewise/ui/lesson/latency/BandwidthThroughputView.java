package org.wirewise.ui.lesson.latency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.FlowPane;
import org.wirewise.model.latency.BandwidthThroughputSimulator;
import org.wirewise.model.latency.CapacityShare;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.ui.lesson.LessonContext;
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

    private final Texts texts;
    private final Units units;

    public BandwidthThroughputView(LessonContext context) {
        texts = LatencyViews.texts(context);
        units = new Units(texts.language());
        FlowPane cards = new FlowPane(example, account, rounds);
        cards.getStyleClass().add("cards");
        build(texts.language(), bar, cards);
    }

    @Override
    protected void showStep(Snapshot snapshot) {
        CapacityShare share = snapshot.fact(CapacityShare.class).orElseThrow();
        List<StackedBar.Entry> entries = new ArrayList<>();
        for (CapacityShare.Part p : share.parts()) {
            entries.add(new StackedBar.Entry(texts.get("use." + p.use().name(),
                    units.percent(p.bits() / share.total(), 1)), "use-" + p.use().name().toLowerCase(Locale.ROOT), p.bits()));
        }
        bar.show(texts.get("capacity.bar"), entries);
        example.show(snapshot.table(BandwidthThroughputSimulator.EXAMPLE).orElse(null));
        rounds.show(snapshot.table(BandwidthThroughputSimulator.ROUNDS).orElse(null));
        account.show(snapshot.table(BandwidthThroughputSimulator.ACCOUNT).orElse(null));
    }
}
