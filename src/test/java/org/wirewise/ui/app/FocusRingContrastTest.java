package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keyboard focus indicator is visible in every theme (WCAG 2.4.7, 1.4.11): its colour, read from
 * wirewise.css, has at least 3:1 contrast with the window's backgrounds and with the controls it
 * surrounds (their fill, their border, a selected row), all read from the AtlantaFX theme's own
 * stylesheet with the presentation overrides of wirewise.css; it is at least 2 px wide; and the
 * diagram's packet mark in that colour is a hue apart from the packets' blue and the selection's red.
 */
class FocusRingContrastTest {

    private static final Pattern BLOCK = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "presentation light", "presentation dark"})
    void theFocusRingContrastsWithTheWindowAndItsControls(String theme) throws IOException {
        Map<String, String> colours = themeColours(theme);
        Color ring = resolve(colours, "-wirewise-focus-ring");
        Map<String, String> adjacent = new HashMap<>();
        for (String background : List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-inset", "-color-bg-overlay")) {
            adjacent.put("background " + background, background);
        }
        adjacent.put("a button's fill", "-color-bg-subtle"); // AtlantaFX: .button { -color-button-bg: -color-bg-subtle }
        adjacent.put("a control's border", "-color-border-default");
        adjacent.put("a selected row", "-color-cell-bg-selected");
        List<String> tooFaint = new ArrayList<>();
        for (var e : adjacent.entrySet()) {
            double contrast = contrast(ring, resolve(colours, e.getValue()));
            if (contrast < 3) {
                tooFaint.add(String.format("%s: %.2f:1", e.getKey(), contrast));
            }
        }
        assertThat(tooFaint).as("%s: focus ring %s against", theme, ring).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "presentation light", "presentation dark"})
    void thePacketMarkIsAHueApartFromThePacketsAndTheSelection(String theme) throws IOException {
        Map<String, String> colours = themeColours(theme);
        Color ring = resolve(colours, "-wirewise-focus-ring");
        for (String packet : List.of("-color-accent-fg", "-color-danger-fg", "-color-success-fg", "-color-warning-fg")) {
            double apart = Math.abs(ring.getHue() - resolve(colours, packet).getHue());
            assertThat(Math.min(apart, 360 - apart)).as("%s: mark %s vs %s", theme, ring, packet).isGreaterThanOrEqualTo(40);
        }
    }

    @org.junit.jupiter.api.Test
    void theRingAndTheFocusedRowsBorderAreAtLeastTwoPixelsWide() throws IOException {
        String css = wirewiseCss();
        assertThat(FocusRing.WIDTH_PX).isGreaterThanOrEqualTo(2);
        assertThat(Double.parseDouble(declarations(css, ".main-window .focus-ring").get("-fx-border-width")))
                .isEqualTo(FocusRing.WIDTH_PX);
        assertThat(Double.parseDouble(declarations(css, ".main-window .tree-view:focused .tree-cell:focused")
                .get("-fx-border-width"))).isGreaterThanOrEqualTo(2);
    }

    /** The looked-up colours a theme ends up with: AtlantaFX's, then wirewise.css's for the window. */
    private static Map<String, String> themeColours(String theme) throws IOException {
        boolean dark = theme.endsWith("dark");
        String path = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // The path JavaFX loads the theme from, through the class loader as JavaFX does.
        String primer = read(Thread.currentThread().getContextClassLoader().getResourceAsStream(path.replaceFirst("^/", "")));
        Map<String, String> colours = new HashMap<>(declarations(primer, ".root"));
        colours.putAll(declarations(primer, ".tree-view")); // the selected row's colour
        String css = wirewiseCss();
        String suffix = dark ? ".theme-dark" : ".theme-light";
        colours.putAll(declarations(css, ".main-window" + suffix));
        if (theme.startsWith("presentation")) {
            colours.putAll(declarations(css, ".main-window.presentation" + suffix));
        }
        return colours;
    }

    private static String wirewiseCss() throws IOException {
        return read(MainWindow.class.getResourceAsStream("wirewise.css"));
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The declarations of every rule whose selector list names exactly {@code selector}, later ones winning. */
    private static Map<String, String> declarations(String css, String selector) {
        Map<String, String> found = new HashMap<>();
        Matcher block = BLOCK.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (block.find()) {
            boolean named = false;
            for (String s : block.group(1).split(",")) {
                named |= s.strip().equals(selector);
            }
            if (named) {
                Matcher d = DECLARATION.matcher(block.group(2));
                while (d.find()) {
                    found.put(d.group(1), d.group(2).strip());
                }
            }
        }
        return found;
    }

    /** A looked-up colour followed to its value; a translucent one over the window's background. */
    private static Color resolve(Map<String, String> colours, String name) {
        String value = colours.get(name);
        assertThat(value).as("the theme defines %s", name).isNotNull();
        if (value.startsWith("-")) {
            return resolve(colours, value);
        }
        Color c = Color.web(value);
        if (c.getOpacity() < 1) {
            Color under = resolve(colours, "-color-bg-default");
            double a = c.getOpacity();
            return Color.color(c.getRed() * a + under.getRed() * (1 - a), c.getGreen() * a + under.getGreen() * (1 - a),
                    c.getBlue() * a + under.getBlue() * (1 - a));
        }
        return c;
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
