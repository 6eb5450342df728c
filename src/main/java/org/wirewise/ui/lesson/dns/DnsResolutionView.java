package org.wirewise.ui.lesson.dns;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.util.Subscription;
import org.wirewise.model.trace.Trace;
import org.wirewise.model.trace.TracePacket;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.widget.PictureSplit;
import org.wirewise.ui.widget.BesideOrUnder;
import org.wirewise.ui.widget.SequenceDiagram;
import org.wirewise.ui.widget.TitledPacketBytes;

/**
 * The DNS resolution lesson: the sequence diagram of laptop, phone, resolver and the three
 * servers; below it the four caches with their remaining TTLs and the measured lookups, and the
 * selected packet's bytes (the DNS message, its compression pointers included).
 */
public final class DnsResolutionView implements LessonView {

    private final SequenceDiagram diagram = new SequenceDiagram();
    private final CachesPane caches;
    private final TitledPacketBytes bytes;
    private final SplitPane lower;
    private final PictureSplit root;
    private final Subscription selection;
    private Trace trace;
    private int shownStep = -1;

    public DnsResolutionView() {
        this(Locale.ENGLISH);
    }

    /** @param language the language of the view's own words (the caches' short names) */
    public DnsResolutionView(Locale language) {
        this.caches = new CachesPane(language);
        this.bytes = new TitledPacketBytes(language);
        diagram.setLanguage(language);
        this.lower = new SplitPane(caches, bytes);
        this.root = new PictureSplit(0.5, diagram, lower);
        diagram.setId("sequence-diagram");
        caches.setId("dns-caches");
        lower.setDividerPositions(0.62);
        root.explanationNeedProperty().bind(caches.subjectSpanProperty().add(3 * 16)); // every highlighted record in the strip
        root.getStyleClass().add("dns-lesson");
        root.getStylesheets().add(DnsResolutionView.class.getResource("dns.css").toExternalForm());
        selection = diagram.selectedPacketProperty().subscribe(this::showBytes)
                .and(lower.widthProperty().subscribe(w -> arrangeLower()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace trace) {
        this.trace = trace;
        diagram.setTrace(trace);
        shownStep = -1;
    }

    @Override
    public void show(int stepIndex, long time) {
        diagram.show(stepIndex, time);
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            caches.show(trace.step(stepIndex).snapshot());
            diagram.selectPacketOfStep(stepIndex);
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

    /** The bytes pane is there while a packet is selected; otherwise the caches get the room. */
    private void showBytes(TracePacket packet) {
        bytes.show(packet);
        if (packet == null) {
            lower.getItems().remove(bytes);
        } else if (!lower.getItems().contains(bytes)) {
            lower.getItems().add(bytes);
            arrangeLower();
        }
    }

    /** Beside the caches when both fit across (22 em for the bytes), else under them. */
    private void arrangeLower() {
        BesideOrUnder.arrange(lower, caches.prefWidth(-1), 22 * caches.em(), 0.6, 0.55);
    }
}
