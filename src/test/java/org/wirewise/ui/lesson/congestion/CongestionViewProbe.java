package org.wirewise.ui.lesson.congestion;

import javafx.scene.Node;
import javafx.scene.Parent;

/** What a test outside the package may read of a congestion view on screen: how far its chart draws. */
public final class CongestionViewProbe {

    private final Parent root;

    public CongestionViewProbe(Node congestionView) {
        this.root = (Parent) congestionView;
    }

    private SeriesChart chart() {
        return (SeriesChart) root.lookup(".series-chart");
    }

    public double drawnTo() {
        return chart().drawnTo();
    }

    /** The right edge of the chart's visible time. */
    public double viewEnd() {
        return chart().visibleEnd();
    }

    public boolean summaryShown() {
        Node summary = root.lookup(".summary");
        return summary != null && summary.isVisible();
    }
}
