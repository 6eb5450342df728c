package org.wirewise.ui.widget;

import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A label that wraps between words when its column is narrow, and says how narrow that can be: its
 * longest word ({@link #longestWord()}), so a table squeezed by a projector's width grows taller
 * instead of cutting a word to "…". A "word" longer than {@link #LONGEST_WORD_EM} (a JSON body, a
 * base64 value) is broken inside, as a plain wrapping label does.
 */
public final class WrappingLabel extends Label {

    /** The widest a column is held open for one unbroken word, in em. */
    static final double LONGEST_WORD_EM = 12;

    private final Text probe = new Text();

    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
        // a wrapped label is never given fewer lines than it needs ("40.0 / ms", not "40.…")
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** The width of the longest word with the label's font and padding: narrower, a word would break. */
    public double longestWord() {
        probe.setFont(getFont());
        double widest = 0;
        for (String word : getText().split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        widest = Math.min(widest, LONGEST_WORD_EM * getFont().getSize());
        return Math.ceil(widest) + snappedLeftInset() + snappedRightInset() + 1;
    }
}
