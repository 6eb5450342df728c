package org.wirewise.ui.lesson.stack;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.packet.Field;
import org.wirewise.model.lb.BackendLoad;
import org.wirewise.model.lb.FieldReads;
import org.wirewise.model.lb.LoadBalancerSimulator;
import org.wirewise.model.stack.StackDissector;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The load balancer lesson: clients, balancer and backends; the fields the balancer reads, lit in
 * the packet's bytes; the decisions so far, and at the end what each kind of balancer costs.
 */
public final class LoadBalancerView implements LessonView {

    private static final double DIVIDER = 0.65;

    private final Texts texts;
    private final BalancerTopology topology;
    private final ReadsPanel reads;
    private final TableCard decisions = new TableCard("decisions", 0);
    private final TableCard costs = new TableCard("costs", 0);
    private final TitledPacketBytes bytesPane = new TitledPacketBytes();
    private final SplitPane root = new SplitPane();
    private final VBox top = new VBox();
    private Trace trace;
    private Field shownRoot;
    private int shownStep = -1;

    public LoadBalancerView(Locale language) {
        texts = StackPage.texts(language);
        topology = new BalancerTopology(texts);
        reads = new ReadsPanel(this::selectField, texts);
        top.getChildren().addAll(topology, costs, reads, decisions);
        // What it reads, then what it decided on that: following the new decision (scrolling as little as
        // it takes) keeps the chips above it in view; with no decision, the chips are followed.
        StackPage.fill(root, top, bytesPane, DIVIDER, ".card-cell.highlighted", ".tech-chip.selected",
                ".device-layer.highlighted");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
        shownStep = -1;
    }

    @Override
    public void show(int stepIndex, long time) {
        if (stepIndex == shownStep) {
            return;
        }
        shownStep = stepIndex;
        Step step = trace.step(stepIndex);
        TracePacket packet = step.packetId() >= 0 ? trace.packets().get(step.packetId()) : null;
        BackendLoad backends = step.snapshot().fact(BackendLoad.class).orElseThrow();
        topology.show(trace, packet, backends);
        FieldReads readTable = step.snapshot().fact(FieldReads.class).orElse(null);
        reads.show(readTable);
        Table decided = step.snapshot().table(LoadBalancerSimulator.DECISIONS_TABLE).orElseThrow();
        // Newest first: the decision of the step is the top row, never scrolled out of sight.
        java.util.List<Table.Row> newestFirst = new java.util.ArrayList<>(decided.rows());
        java.util.Collections.reverse(newestFirst);
        decisions.show(new Table(decided.key(), texts.get("lb.newestFirst", decided.title()), decided.columns(), newestFirst));
        costs.show(step.snapshot().table(LoadBalancerSimulator.COSTS_TABLE).orElse(null));
        if (packet == null) {
            // The introduction and the summary are about no packet: the top gets the whole height.
            shownRoot = null;
            bytesPane.clear(texts.get("bytes.empty"));
            root.getItems().remove(bytesPane);
            return;
        }
        if (!root.getItems().contains(bytesPane)) {
            root.getItems().add(bytesPane);
            root.setDividerPositions(DIVIDER);
        }
        byte[] frame = packet.frame();
        shownRoot = StackDissector.dissect(frame);
        bytesPane.show(texts.get("packet.bytes", packet.label(), Integer.toString(frame.length)), frame, shownRoot);
        if (readTable != null) {
            // The last field it decides on: the Cookie at layer 7, the destination port at layer 4.
            readTable.lastDeciding().ifPresent(this::selectField);
        }
    }

    @Override
    public void dispose() {
        // Nothing here listens to anything that outlives this view.
    }

    /** Selects a read field in the shown frame, or its layer when the field is not there (encrypted). */
    private void selectField(FieldReads.Read row) {
        if (shownRoot == null) {
            return;
        }
        Field layer = StackDissector.find(shownRoot, row.layerField());
        Field field = layer == null ? null : StackDissector.find(layer, row.field());
        Field fallback = StackDissector.find(shownRoot, "Transport Layer Security");
        bytesPane.select(field != null ? field : layer != null ? layer : fallback);
    }
}
