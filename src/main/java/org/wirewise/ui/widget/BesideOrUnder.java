package org.wirewise.ui.widget;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/**
 * The lessons' rule for the part under a diagram: tables and the packet's bytes side by side when both fit across
 * (the tables keep every column), else the bytes under the tables, so neither is squeezed to a sliver.
 */
public final class BesideOrUnder {

    private BesideOrUnder() {
    }

    /**
     * @param tablesWidth what the tables need across; {@code bytesRoom} what the bytes need beside them
     * @return whether they now stand side by side
     */
    public static boolean arrange(SplitPane pane, double tablesWidth, double bytesRoom, double besideShare,
                                  double underShare) {
        boolean beside = pane.getWidth() >= tablesWidth + bytesRoom;
        Orientation wanted = beside ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (pane.getOrientation() != wanted) {
            pane.setOrientation(wanted);
        }
        pane.setDividerPositions(beside ? besideShare : underShare);
        return beside;
    }
}
