package org.wirewise.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The app's colour themes: AtlantaFX's Primer pair. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The theme's pre-compiled (binary) stylesheet: it loads faster than parsing the CSS at start-up. */
    public String userAgentStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheetBSS() : new PrimerDark().getUserAgentStylesheetBSS();
    }

    /** Parses "light"/"dark" in any case; null when it is neither. */
    public static Theme parse(String text) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return t;
            }
        }
        return null;
    }
}
