package org.wirewise.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.ui.catalog.LessonRegistry;

/** The scenarios shipped in assets/ stay valid as lessons change. */
class SampleScenariosTest {

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("assets", "scenarios")).filter(p -> p.toString().endsWith(ScenarioFiles.EXTENSION))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleOpensAndSimulates(Path sample) throws Exception {
        LessonSetup setup = LessonSetup.fromDocument(LessonRegistry.standard().catalog(), new ScenarioFiles().read(sample));
        assertThat(setup.simulate().stepCount()).isGreaterThan(1);
        // Written by the app's own writer, so saving it again changes nothing.
        assertThat(new ScenarioFiles().toJson(setup.toDocument())).isEqualTo(Files.readString(sample));
    }

    @org.junit.jupiter.api.Test
    void thereAreSamples() throws IOException {
        assertThat(samples()).hasSizeGreaterThanOrEqualTo(3);
    }
}
