package org.wirewise.ui.lesson.tls;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.wirewise.model.trace.Snapshot;
import org.wirewise.model.trace.Trace;
import org.wirewise.ui.lesson.LessonView;
import org.wirewise.ui.lesson.tcp.TcpHandshakeView;
import org.wirewise.ui.widget.FollowingScrollPane;
import org.wirewise.ui.widget.PictureSplit;

/**
 * The TLS and WebSocket lessons' layout: the TCP handshake lesson's sequence diagram and bytes above two side
 * panes of equal width that show what each step's snapshot holds.
 */
public abstract class ExchangeWithSidePanes implements LessonView {

    private final TcpHandshakeView exchange;
    private final PictureSplit root;
    private Trace trace;
    private int shownStep = -1;

    protected ExchangeWithSidePanes(Region left, Region right, double divider) {
        this(left, right, divider, java.util.Locale.ENGLISH);
    }

    /** @param language the language of the exchange's own words (the diagram's axis, the bytes pane) */
    protected ExchangeWithSidePanes(Region left, Region right, double divider, java.util.Locale language) {
        exchange = new TcpHandshakeView(language);
        // Below the exchange, not beside it: the diagram keeps the view's whole width (at 1280x720 a
        // half-width diagram cut its lane and axis labels).
        HBox content = new HBox(16, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(0);
        right.setPrefWidth(0);
        content.setStyle("-fx-padding: 8");
        // A step's highlighted line (WebSocket's Sec-WebSocket-Accept at the foot of four) scrolls into a short strip.
        ScrollPane side = new FollowingScrollPane(content, ".card-cell.highlighted");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root = new PictureSplit(divider, exchange.node(), side);
        root.getStyleClass().add("tls-lesson");
        root.getStylesheets().add(java.util.Objects.requireNonNull(ExchangeWithSidePanes.class.getResource("tls.css")).toExternalForm());
    }

    /** Fills the side panes from the step's snapshot. */
    protected abstract void showSide(Snapshot snapshot);

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void setTrace(Trace newTrace) {
        trace = newTrace;
        shownStep = -1;
        exchange.setTrace(newTrace);
    }

    @Override
    public void show(int stepIndex, long time) {
        exchange.show(stepIndex, time);
        if (stepIndex != shownStep) {
            shownStep = stepIndex;
            showSide(trace.step(stepIndex).snapshot());
        }
    }

    @Override
    public void setReveal(boolean hideFuture) {
        exchange.setReveal(hideFuture);
    }

    @Override
    public void dispose() {
        exchange.dispose();
    }
}
