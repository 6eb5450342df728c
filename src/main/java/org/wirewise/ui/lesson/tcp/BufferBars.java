package org.wirewise.ui.lesson.tcp;

import org.wirewise.model.text.Texts;
import org.wirewise.model.text.Units;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wirewise.model.trace.Step;
import org.wirewise.model.tcp.BufferHistory;

/**
 * The sender's and the receiver's buffers as bars at one moment, drawn from the step's
 * {@link BufferHistory} (the last sample at or before the moment): the send buffer split
 * into bytes in flight and bytes not yet sent; the receive buffer into bytes the application has
 * not read, data held beyond a hole, and free space, with the advertised window marked.
 */
final class BufferBars extends VBox {

    private final Label sendTitle = new Label();
    private final Pane sendBar = bar("send-bar");
    private final Label receiveTitle = new Label();
    private final Pane receiveBar = bar("receive-bar");
    private final Label windowLabel = new Label();
    private final Label deliveredLabel = new Label();

    private final Texts texts;
    private final Units units;

    BufferBars(Texts texts) {
        this.texts = texts;
        this.units = new Units(texts.language());
        getStyleClass().add("buffer-bars");
        setId("buffer-bars");
        setSpacing(6);
        setPadding(new Insets(10));
        Label title = new Label(texts.get("buffers.title"));
        title.getStyleClass().add("section-title");
        sendTitle.getStyleClass().add("buffer-title");
        sendTitle.setWrapText(true);
        receiveTitle.setWrapText(true);
        receiveTitle.getStyleClass().add("buffer-title");
        windowLabel.setId("advertised-window");
        windowLabel.getStyleClass().add("buffer-window");
        windowLabel.setWrapText(true);
        // Wrapped lines keep their height (the panel scrolls) rather than end in "...".
        for (javafx.scene.control.Label l : java.util.List.of(sendTitle, receiveTitle, windowLabel, deliveredLabel)) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        deliveredLabel.setId("delivered-bytes");
        deliveredLabel.setWrapText(true);
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(10, 4);
        legend.getStyleClass().add("buffer-legend");
        String[][] keys = {{"in-flight", "buffers.inFlight"}, {"unsent", "buffers.unsent"},
            {"unread", "buffers.unread"}, {"out-of-order", "buffers.outOfOrder"}, {"free", "buffers.free"}};
        for (String[] key : keys) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("buffer-swatch", key[0]);
            Label name = new Label(texts.get(key[1]), swatch);
            name.getStyleClass().add("buffer-legend-item");
            legend.getChildren().add(name);
        }
        getChildren().addAll(title, sendTitle, sendBar, receiveTitle, receiveBar, windowLabel, deliveredLabel,
                legend);
        Tooltip.install(sendBar, new Tooltip(texts.get("buffers.sendTip")));
        Tooltip.install(receiveBar, new Tooltip(texts.get("buffers.receiveTip")));
    }

    /** A bar whose pieces keep their share of the width whatever size the bar is given. */
    private static final class Bar extends Pane {
        @Override
        protected void layoutChildren() {
            for (javafx.scene.Node child : getChildren()) {
                if (child.getUserData() instanceof double[] span && child instanceof Region r) {
                    r.resizeRelocate(getWidth() * span[0], 0, Math.max(1, getWidth() * (span[1] - span[0])),
                            getHeight());
                }
            }
        }
    }

    private static Pane bar(String styleClass) {
        Pane pane = new Bar();
        pane.getStyleClass().addAll("buffer-bar", styleClass);
        pane.setMinHeight(28);
        pane.setPrefHeight(28);
        pane.setPrefWidth(260);
        return pane;
    }

    /** Whether the step carries buffer samples at all. */
    static boolean applies(Step step) {
        return step.snapshot().fact(BufferHistory.class).isPresent();
    }

    void show(Step step, long time) {
        BufferHistory history = step.snapshot().fact(BufferHistory.class).orElse(null);
        BufferHistory.Sample sample = history == null ? null : history.at(time);
        if (sample == null) {
            return;
        }
        long sendSize = sample.sendBuffer();
        long sendUsed = sample.sendUsed();
        long inFlight = sample.inFlight();
        long receiveSize = sample.receiveBuffer();
        long unread = sample.unread();
        long advertised = sample.advertisedWindow();
        sendTitle.setText(texts.get("buffers.send", units.grouped(sendUsed), units.grouped(sendSize)));
        fill(sendBar, sendSize, new long[][] {{0, inFlight}}, "in-flight");
        add(sendBar, sendSize, inFlight, sendUsed, "unsent");
        receiveTitle.setText(texts.get("buffers.receive", units.grouped(unread), units.grouped(receiveSize)));
        fill(receiveBar, receiveSize, new long[][] {{0, unread}}, "unread");
        for (BufferHistory.Range range : sample.outOfOrder()) {
            add(receiveBar, receiveSize, unread + range.from(), unread + range.to(), "out-of-order");
        }
        windowLabel.setText(texts.get(advertised == 0 ? "buffers.zeroWindow" : "buffers.window",
                units.grouped(advertised)));
        windowLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("zero"), advertised == 0);
        deliveredLabel.setText(texts.get("buffers.delivered", units.grouped(sample.delivered())));
    }

    private static void fill(Pane bar, long size, long[][] spans, String styleClass) {
        bar.getChildren().clear();
        for (long[] span : spans) {
            add(bar, size, span[0], span[1], styleClass);
        }
    }

    private static void add(Pane bar, long size, long from, long to, String styleClass) {
        if (to <= from || size <= 0) {
            return;
        }
        Region piece = new Region();
        piece.getStyleClass().addAll("buffer-piece", styleClass);
        piece.setUserData(new double[] {Math.min(1, from / (double) size), Math.min(1, to / (double) size)});
        bar.getChildren().add(piece);
        bar.requestLayout();
    }
}
