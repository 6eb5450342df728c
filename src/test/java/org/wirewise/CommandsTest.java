package org.wirewise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.wirewise.ui.catalog.LessonRegistry;
import picocli.CommandLine.Command;

/**
 * The command line builds only the command it runs, yet a user sees every command where they
 * used to: in help, under its own name, answering --version and --help.
 */
class CommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private int built;

    private final Commands commands = new Commands(() -> {
        built++;
        return LessonRegistry.standard().catalog();
    });

    @Test
    void eachNameBuildsTheCommandOfThatName() {
        for (String name : commands.names()) {
            assertThat(commands.neededBy(new String[] {name, "--help"})).as(name).singleElement()
                    .satisfies(command -> assertThat(command.getClass().getAnnotation(Command.class).name())
                            .as(name).isEqualTo(name));
        }
    }

    @Test
    void theVersionNeedsNoCommandAndNoLessons() {
        assertThat(commands.neededBy(new String[] {"--version"})).isEmpty();
        assertThat(commands.neededBy(new String[] {"-V"})).isEmpty();
        assertThat(commands.neededBy(new String[] {"subnet", "10.0.0.0/8"})).hasSize(1);
        assertThat(built).isZero();
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains(commands.names());
    }

    @Test
    void aCommandAnswersItsVersionAndItsHelp() {
        assertThat(run("pcap", "--version")).isZero();
        assertThat(out.toString()).startsWith("Wirewise ");
        out.getBuffer().setLength(0);
        assertThat(run("subnet", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: wirewise subnet");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
