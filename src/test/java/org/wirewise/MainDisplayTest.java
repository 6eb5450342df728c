package org.wirewise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Opening the window where there is no display is a sentence that points to `render`, not a stack trace. */
class MainDisplayTest {

    @Test
    void withoutADisplayTheMessageSaysSoAndNamesRender() {
        String problem = Main.displayProblem(Map.of(), "Linux", null);
        assertThat(problem).contains("needs a display").contains("wirewise render");
        assertThat(Main.displayProblem(Map.of("DISPLAY", " "), "Linux", null)).isNotNull();
    }

    @Test
    void aDisplayOrAPlatformWithoutOneIsFine() {
        assertThat(Main.displayProblem(Map.of("DISPLAY", ":0"), "Linux", null)).isNull();
        assertThat(Main.displayProblem(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isNull();
        assertThat(Main.displayProblem(Map.of(), "Windows 11", null)).isNull();
        assertThat(Main.displayProblem(Map.of(), "Mac OS X", null)).isNull();
        assertThat(Main.displayProblem(Map.of(), "Linux", "Monocle")).isNull();
    }
}
