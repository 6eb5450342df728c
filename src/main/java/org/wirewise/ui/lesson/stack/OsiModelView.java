package org.wirewise.ui.lesson.stack;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.packet.Field;
import org.wirewise.model.stack.OsiSimulator;
import org.wirewise.model.stack.StackDissector;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Table;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The OSI lesson: the two models side by side with each layer's PDU and technologies; a click on
 * a technology lights the layers it spans, says why, and shows a real frame with its bytes.
 */
public final class OsiModelView implements LessonView {

    private final OsiGrid grid = new OsiGrid(this::showTechnology);
    private final Label detailTitle = new Label();
    private final Label detailText = new Label();
    private final TitledPacketBytes bytes = new TitledPacketBytes();
    private final SplitPane root = new SplitPane();
    private Trace trace;
    private Step step;
    private int shownStep = -1;

    public OsiModelView() {
        detailTitle.getStyleClass().add("detail-title");
        detailText.getStyleClass().add("detail-text");
        detailText.setWrapText(true);
        VBox detail = new VBox(detailTitle, detailText);
        detail.setId("osi-detail");
        detail.getStyleClass().add("detail-card");
        StackPage.fill(root, new VBox(grid, detail), bytes, 0.62);
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
        step = trace.step(stepIndex);
        Table osi = osi();
        Table techs = technologies();
        Table.Row selected = techs.rows().stream().filter(Table.Row::highlighted).findFirst().orElse(null);
        if (selected != null) {
            showTechnology(selected);
            return;
        }
        List<Integer> lit = new ArrayList<>();
        Table.Row layer = null;
        for (Table.Row r : osi.rows()) {
            if (r.highlighted()) {
                lit.add(Integer.parseInt(r.cells().get(0)));
                layer = r;
            }
        }
        grid.show(osi, techs, lit, null);
        if (layer == null) {
            detailTitle.setText("Click a technology");
            detailText.setText("Each button sits at the layer it belongs to. Click one to see which layers it "
                    + "spans, why, and a real frame that carries it.");
        } else {
            detailTitle.setText("Layer " + layer.cells().get(0) + ": " + layer.cells().get(1) + " (PDU: "
                    + layer.cells().get(2) + ")");
            detailText.setText("TCP/IP layer: " + layer.cells().get(3) + ". Technologies here: "
                    + (layer.cells().get(4).isEmpty() ? "none on this stack" : layer.cells().get(4)) + ".");
        }
        showPacket(step.packetId(), layer == null ? null : layer.cells().get(5));
    }

    @Override
    public void dispose() {
        // Nothing here listens to anything that outlives this view.
    }

    private Table osi() {
        return step.snapshot().table(OsiSimulator.OSI_TABLE).orElseThrow();
    }

    private Table technologies() {
        return step.snapshot().table(OsiSimulator.TECHNOLOGIES_TABLE).orElseThrow();
    }

    /** Lights a technology's layers, explains it and shows its example frame. */
    private void showTechnology(Table.Row t) {
        List<String> c = t.cells();
        String[] span = c.get(2).split("–");
        List<Integer> lit = new ArrayList<>();
        for (int i = Integer.parseInt(span[0]); i <= Integer.parseInt(span[span.length - 1]); i++) {
            lit.add(i);
        }
        grid.show(osi(), technologies(), lit, c.get(0));
        detailTitle.setText(c.get(0) + ": OSI layer " + c.get(2) + ", TCP/IP " + c.get(3) + " layer");
        detailText.setText(c.get(4) + " (" + c.get(5) + ")");
        showPacket(Integer.parseInt(c.get(6)), c.get(7));
    }

    private void showPacket(int packetId, String fieldName) {
        if (packetId < 0) {
            bytes.clear("Packet bytes");
            return;
        }
        TracePacket p = trace.packets().get(packetId);
        byte[] frame = p.frame();
        Field root = StackDissector.dissect(frame);
        bytes.show("Example frame: " + p.label() + " (" + frame.length + " bytes)", frame, root);
        Field f = fieldName == null ? null : StackDissector.find(root, fieldName);
        if (f != null) {
            bytes.select(f);
        }
    }
}
