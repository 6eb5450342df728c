package org.wirewise.ui.lesson.stack;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.wirewise.model.packet.Field;
import org.wirewise.model.stack.OsiChart;
import org.wirewise.model.stack.StackDissector;
import org.wirewise.model.text.Texts;
import org.wirewise.model.trace.Step;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The OSI lesson: the two models side by side with each layer's PDU and technologies; a click on
 * a technology lights the layers it spans, says why, and shows a real frame with its bytes.
 */
public final class OsiModelView implements LessonView {

    private final Texts texts;
    private final OsiGrid grid;
    private final Label detailTitle = new Label();
    private final Label detailText = new Label();
    private final TitledPacketBytes bytes = new TitledPacketBytes();
    private final SplitPane root = new SplitPane();
    private Trace trace;
    private Step step;
    private int shownStep = -1;

    public OsiModelView(Locale language) {
        texts = StackPage.texts(language);
        grid = new OsiGrid(this::showTechnology, texts);
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
        OsiChart chart = chart();
        OsiChart.TechnologyRow selected = chart.selected().orElse(null);
        if (selected != null) {
            showTechnology(selected);
            return;
        }
        OsiChart.LayerRow layer = chart.litLayer().orElse(null);
        grid.show(chart, chart.lit(), null);
        if (layer == null) {
            detailTitle.setText(texts.get("osi.clickTitle"));
            detailText.setText(texts.get("osi.clickText"));
        } else {
            detailTitle.setText(texts.get("osi.layerTitle", Integer.toString(layer.number()), layer.name(),
                    layer.pdu()));
            detailText.setText(texts.get("osi.layerText", layer.tcpIp(),
                    layer.technologies().isEmpty() ? texts.get("osi.noTechnologies") : layer.technologies()));
        }
        showPacket(step.packetId(), layer == null ? null : layer.field());
    }

    @Override
    public void dispose() {
        // Nothing here listens to anything that outlives this view.
    }

    private OsiChart chart() {
        return step.snapshot().fact(OsiChart.class).orElseThrow();
    }

    /** Lights a technology's layers, explains it and shows its example frame. */
    private void showTechnology(OsiChart.TechnologyRow t) {
        grid.show(chart(), t.span(), t.name());
        detailTitle.setText(texts.get("osi.technologyTitle", t.name(), t.osi(), t.tcpIp()));
        detailText.setText(t.why() + " (" + t.reference() + ")");
        showPacket(t.packetId(), t.field());
    }

    private void showPacket(int packetId, String fieldName) {
        if (packetId < 0) {
            bytes.clear(texts.get("bytes.empty"));
            return;
        }
        TracePacket p = trace.packets().get(packetId);
        byte[] frame = p.frame();
        Field root = StackDissector.dissect(frame);
        bytes.show(texts.get("osi.example", p.label(), Integer.toString(frame.length)), frame, root);
        Field f = fieldName == null ? null : StackDissector.find(root, fieldName);
        if (f != null) {
            bytes.select(f);
        }
    }
}
