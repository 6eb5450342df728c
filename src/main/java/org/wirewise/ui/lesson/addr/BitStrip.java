package org.wirewise.ui.lesson.addr;

import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * An address's bits, network bits in the accent colour and host bits in the success colour,
 * grouped by octet (IPv4: one row of four) or by 16-bit group (IPv6: two rows of four, 64 bits
 * each, so the usual /64 split is the line break), or compactly in hex.
 */
final class BitStrip extends GridPane {

    private static final int GROUPS_PER_ROW = 4;

    BitStrip() {
        getStyleClass().add("bit-strip");
    }

    /**
     * IPv6 in little room: each group as four hex digits, a digit coloured by whether its four
     * bits are network or host bits; the one digit the prefix cuts through is spelled out in bits.
     */
    void showCompact(String bits, int prefix) {
        if (bits.length() != 128) {
            show(bits, prefix);
            return;
        }
        getChildren().clear();
        for (int g = 0; g < 8; g++) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("bit-group");
            flow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            for (int n = g * 16; n < (g + 1) * 16; n += 4) {
                String nibble = bits.substring(n, n + 4);
                if (prefix > n && prefix < n + 4) {
                    for (int i = 0; i < 4; i++) {
                        Text t = new Text(String.valueOf(nibble.charAt(i)));
                        t.getStyleClass().addAll("bit", "split-bit", n + i < prefix ? "network-bit" : "host-bit");
                        flow.getChildren().add(t);
                    }
                } else {
                    Text t = new Text(hexDigit(nibble));
                    t.getStyleClass().addAll("bit", n < prefix ? "network-bit" : "host-bit");
                    flow.getChildren().add(t);
                }
            }
            add(flow, g, 0);
        }
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

    /** The hex digit of four binary digits ("1010" → "a"). */
    private static String hexDigit(String nibble) {
        int v = 0;
        for (int i = 0; i < nibble.length(); i++) {
            v = 2 * v + (nibble.charAt(i) == '1' ? 1 : 0);
        }
        return Character.toString(Character.forDigit(v, 16));
    }
}
