package org.wirewise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stylesheet parses without an error. JavaFX only logs a broken rule and drops the rest of
 * the file, so a merge that cut a rule in half (tls.css lost its closing brace and with it every
 * certificate-chain style) showed up only as a warning in a render's log.
 */
class StylesheetsParseTest {

    static List<Path> stylesheets() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            return files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stylesheets")
    void parsesWithoutErrors(Path css) throws Exception {
        CssParser.errorsProperty().clear();
        new CssParser().parse(css.toUri().toURL());
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).as(css.toString()).isEmpty();
    }
}
