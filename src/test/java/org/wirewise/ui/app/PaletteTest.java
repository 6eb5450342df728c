package org.wirewise.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The colours that carry meaning side by side (a flow's line, a phase's band, a state's chip, a
 * series of the tcptrace graph) stay apart for the common colour-vision deficiencies: every pair of
 * a palette differs by at least {@link #MIN_DIFFERENCE} ΔE*ab as protanopes and deuteranopes see
 * it (simulated, {@link ColourVision}), in both themes and presenting. Shapes, dashes and labels
 * carry the same meaning too; this makes sure colour does not mislead on its own.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteTest {

    /** Far more than a just-noticeable difference (2.3): tells lines apart at a glance. */
    static final double MIN_DIFFERENCE = 12;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Each palette: its name, the style classes of the pane it is read in, and its colours. */
    private static final Map<String, List<String>> PALETTES = new LinkedHashMap<>();

    static {
        PALETTES.put("states, tcptrace, pool and waterfall (theme colours)", List.of("-color-accent-emphasis",
                "-color-success-emphasis", "-color-danger-emphasis", "-color-warning-emphasis"));
        PALETTES.put("waterfall's solid phases (DNS, connect, request sent, download)", List.of("-color-chart-3",
                "-color-warning-emphasis", "-color-fg-default", "-color-accent-emphasis"));
        PALETTES.put("congestion flows", List.of("-cc-line-0", "-cc-line-1", "-cc-line-2", "-cc-line-3", "-cc-line-4"));
        PALETTES.put("loss-based phases", List.of(".phase-slow-start", ".phase-congestion-avoidance",
                ".phase-fast-recovery", ".phase-rto-recovery"));
        PALETTES.put("BBR states", List.of(".phase-bbr-startup", ".phase-bbr-drain", ".phase-bbr-probe-bw",
                ".phase-bbr-probe-rtt"));
    }

    /** The palette's colours as the theme resolves them: a looked-up colour or a class's background. */
    private Map<String, Color> resolve(List<String> names, Theme theme, boolean presenting, FxRobot robot) {
        Map<String, Color> colours = new LinkedHashMap<>();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
            Pane window = new Pane();
            window.getStyleClass().addAll("main-window", "theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            if (presenting) {
                window.getStyleClass().add("presentation");
            }
            window.getStylesheets().addAll(MainWindow.class.getResource("wirewise.css").toExternalForm(),
                    org.wirewise.ui.lesson.congestion.CongestionView.class.getResource("congestion.css").toExternalForm());
            Pane view = new Pane();
            view.getStyleClass().add("congestion-view");
            window.getChildren().add(view);
            List<Region> probes = new ArrayList<>();
            for (String name : names) {
                Region probe = new Region();
                if (name.startsWith(".")) {
                    probe.getStyleClass().add(name.substring(1));
                } else {
                    probe.setStyle("-fx-background-color: " + name + ";");
                }
                probes.add(probe);
                view.getChildren().add(probe);
            }
            stage.setScene(new Scene(window, 100, 100));
            window.applyCss();
            for (int i = 0; i < names.size(); i++) {
                var fills = probes.get(i).getBackground().getFills();
                javafx.scene.paint.Paint paint = fills.get(fills.size() - 1).getFill();
                // A striped fill (a phase's pattern) is read by its first colour.
                colours.put(names.get(i), paint instanceof javafx.scene.paint.LinearGradient g
                        ? g.getStops().get(0).getColor() : (Color) paint);
            }
        });
        return colours;
    }

    @Test
    void everyPaletteStaysApartForProtanopesAndDeuteranopes(FxRobot robot) {
        List<String> close = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (Theme theme : Theme.values()) {
            for (boolean presenting : new boolean[] {false, true}) {
                for (Map.Entry<String, List<String>> palette : PALETTES.entrySet()) {
                    Map<String, Color> colours = resolve(palette.getValue(), theme, presenting, robot);
                    List<String> names = new ArrayList<>(colours.keySet());
                    for (int i = 0; i < names.size(); i++) {
                        for (int j = i + 1; j < names.size(); j++) {
                            Color a = colours.get(names.get(i));
                            Color b = colours.get(names.get(j));
                            for (ColourVision v : List.of(ColourVision.TYPICAL, ColourVision.PROTANOPIA,
                                    ColourVision.DEUTERANOPIA)) {
                                double d = v.difference(a, b);
                                String line = String.format(java.util.Locale.ROOT, "%s%s %s: %s %s vs %s %s = %.1f",
                                        theme, presenting ? " presenting" : "", v, names.get(i), TextContrast.hex(a),
                                        names.get(j), TextContrast.hex(b), d);
                                table.append(line).append('\n');
                                if (d < MIN_DIFFERENCE) {
                                    close.add(palette.getKey() + ", " + line);
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println("PaletteTest differences (ΔE*ab):\n" + table);
        assertThat(close).as("colours that carry meaning too close for colour-blind eyes").isEmpty();
    }

    @Test
    void theSimulationConfusesRedAndGreenButNotBlueAndOrange() {
        // The classic confusion: a red and a green of equal lightness look alike to a deuteranope.
        assertThat(ColourVision.DEUTERANOPIA.difference(Color.web("#d62728"), Color.web("#2ca02c")))
                .isLessThan(ColourVision.TYPICAL.difference(Color.web("#d62728"), Color.web("#2ca02c")) / 3);
        // Okabe-Ito's blue and orange stay apart for every vision.
        for (ColourVision v : ColourVision.values()) {
            assertThat(v.difference(Color.web("#0072b2"), Color.web("#e69f00"))).isGreaterThan(40);
        }
    }
}
