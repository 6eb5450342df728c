package org.wirewise.ui.lesson.nat;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.wirewise.model.packet.Dissector;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import org.wirewise.ui.lesson.LessonContext;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The NAT lessons' picture: a sequence diagram of hosts, NAT routers and servers (a translated
 * packet is two arrows with different bytes), the step's tables (the translation table with the
 * row the step is about highlighted, rule and outcome tables), and the bytes of the selected
 * packet. Long idle gaps split the diagram into phases, each drawn at its own scale.
 */
public final class NatLessonView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final Label phaseLabel = new Label();
    private final Texts texts;
    private final Units units;
    private final TablesPane tables;
    private final TitledPacketBytes bytesPane;
    private final BorderPane diagramPane = new BorderPane(diagram);
    private final PictureSplit root;
    private final SplitPane lower;
    private final Subscription selection;
    private Phases phases;
    private Phases.Phase phase;
    private int shownStep = -1;

    public NatLessonView(LessonContext context) {
        texts = Texts.of("org.wirewise.ui.lesson.nat.nat-views", context.language());
        units = new Units(texts.language());
        tables = new TablesPane(texts.get("table.empty"));
        bytesPane = new TitledPacketBytes(texts.language());
        diagram.setLanguage(texts.language());
        diagram.setId("sequence-diagram");
        tables.setId("nat-tables");
        phaseLabel.getStyleClass().add("nat-phase");
        diagramPane.setTop(phaseLabel);
        lower = new SplitPane(tables, bytesPane);
        lower.setDividerPositions(0.6);
        root = new PictureSplit(0.58, diagramPane, lower);
        // Two tables' highlighted rows (a behaviour and its translation) both fit in presentation's strip.
        root.explanationNeedProperty().bind(tables.subjectSpanProperty().add(3 * 16));
        root.getStyleClass().add("nat-lesson");
        root.getStylesheets().add(NatLessonView.class.getResource("nat.css").toExternalForm());
        selection = diagram.selectedPacketProperty().subscribe(this::showBytes)
                .and(lower.widthProperty().subscribe(w -> arrangeLower()));
    }

    /**
     * The tables keep every column (their whole width); when that leaves the bytes too little room
     * beside them (a 1280-pixel screen), the bytes go under the tables instead.
     */
    private void arrangeLower() {
        double bytesRoom = 22 * phaseLabel.getFont().getSize(); // in em: the type scale and presentation reach it
        boolean beside = lower.getWidth() >= tables.prefWidth(-1) + bytesRoom;
        Orientation wanted = beside ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (lower.getOrientation() != wanted) {
            lower.setOrientation(wanted);
            lower.setDividerPositions(0.6);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace trace) {
        phases = new Phases(trace);
        phase = null;
        shownStep = -1;
    }

    @Override
    public void show(int stepIndex, long time) {
        Phases.Phase now = phases.ofStep(stepIndex);
        if (now != phase) {
            phase = now;
            diagram.setTrace(now.trace());
            diagram.setTimeOrigin(now.origin());
            phaseLabel.setText(phases.count() == 1 ? "" : now.origin() == 0
                    ? texts.get("phase.first", Integer.toString(phases.count()))
                    : texts.get("phase.later", units.time(now.origin())));
            phaseLabel.setManaged(phases.count() > 1);
            phaseLabel.setVisible(phases.count() > 1);
        }
        int local = stepIndex - now.firstStep();
        long end = now.trace().duration();
        for (TracePacket p : now.trace().packets()) {
            end = Math.max(end, p.arrivesAt());
        }
        long localTime = Math.max(0, Math.min(time - now.origin(), end));
        diagram.show(local, localTime);
        // Before a phase's first packet the diagram would be an empty axis: the tables get the room.
        showDiagram(diagram.showsPacketsAt(local, localTime));
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            tables.show(now.trace().step(local).snapshot().tables());
            diagram.selectPacketOfStep(local);
        }
    }

    /** A phase without packets (counting, a summary) gives the tables the whole height. */
    private void showDiagram(boolean visible) {
        boolean shown = root.getItems().contains(diagramPane);
        if (visible && !shown) {
            root.getItems().add(0, diagramPane);
        } else if (!visible && shown) {
            root.getItems().remove(diagramPane);
        }
    }

    @Override
    public void setReveal(boolean hideFuture) {
        diagram.setHidesFuture(hideFuture);
    }

    /** Screen readers: the step's description is the diagram's accessible text. */
    @Override
    public void describe(String description, java.util.Locale language) {
        diagram.describe(description, language);
    }

    @Override
    public void dispose() {
        selection.unsubscribe();
    }

    /** The bytes pane is there while a packet is selected; otherwise the tables get the width. */
    private void showBytes(TracePacket packet) {
        if (packet == null) {
            bytesPane.clear(bytesPane.emptyHeading());
            lower.getItems().remove(bytesPane);
            return;
        }
        if (!lower.getItems().contains(bytesPane)) {
            lower.getItems().add(bytesPane);
            lower.setDividerPositions(0.6);
            arrangeLower();
        }
        byte[] frame = packet.frame();
        bytesPane.show(bytesPane.heading(packet), frame,
                Dissector.dissect(frame));
    }
}
