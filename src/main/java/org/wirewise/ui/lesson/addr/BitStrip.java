package org.wirewise.ui.lesson.addr;

import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * An address's bits, network bits in the accent colour and host bits in the success colour,
 * grouped by octet (IPv4: one row of four) or by 16-bit group (IPv6: two rows of four, 64 bits
 * each, so the usual /64 split is the line break).
 */
final class BitStrip extends GridPane {

    private static final int GROUPS_PER_ROW = 4;

    BitStrip() {
        getStyleClass().add("bit-strip");
    }

    /** Shows {@code bits} ('0'/'1', most significant first) with the first {@code prefix} as network bits. */
    void show(String bits, int prefix) {
        getChildren().clear();
        int group = bits.length() == 32 ? 8 : 16;
        for (int g = 0; g * group < bits.length(); g++) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("bit-group");
            flow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a group never wraps
            for (int i = g * group; i < (g + 1) * group; i++) {
                Text t = new Text(String.valueOf(bits.charAt(i)));
                t.getStyleClass().addAll("bit", i < prefix ? "network-bit" : "host-bit");
                flow.getChildren().add(t);
            }
            add(flow, g % GROUPS_PER_ROW, g / GROUPS_PER_ROW);
        }
    }
}
