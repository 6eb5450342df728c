package org.wirewise;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.application.Application;
import org.wirewise.cli.CliException;
import org.wirewise.cli.StandardOutput;
import org.wirewise.scenario.Excerpt;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.ui.app.WirewiseApp;
import org.wirewise.ui.catalog.LessonRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one program: with no command it opens the window; its commands run the same model with no
 * window. Every user mistake is one line on stderr and exit code 2.
 */
@Command(name = "wirewise", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "See the networking behind system design. With no command, opens the app.")
public final class Main implements Callable<Integer> {

    private final Supplier<LessonCatalog> catalog;

    Main(Supplier<LessonCatalog> catalog) {
        this.catalog = catalog;
    }

    @Option(names = "--lesson", paramLabel = "ID", description = "Open this lesson.")
    String lesson;

    @Option(names = "--step", paramLabel = "N", description = "Open the lesson at step N (from 1).")
    Integer step;

    @Option(names = "--present", description = "Start in presentation mode.")
    boolean present;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A .wirewise.json scenario, or a .pcap/.pcapng capture to replay, to open "
                    + "(what a file manager passes on double-click).")
    java.nio.file.Path scenario;

    public static void main(String[] args) {
        if (args.length == 0) {
            // Plain start (menu entry, double-click): straight to the window. Parsing nothing with
            // picocli would cost the first frame ~200 classes that class-data sharing cannot hold.
            try {
                launchWindow();
            } catch (CliException e) {
                System.err.println("wirewise: " + e.getMessage());
                System.exit(CommandLine.ExitCode.USAGE);
            }
            System.exit(0);
        }
        StandardOutput stdout = StandardOutput.open();
        System.setOut(stdout);
        System.exit(run(args, new PrintWriter(stdout), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))
                ? printVersion(out, err) : parseAndRun(args, out, err);
        String problem = StandardOutput.problem(out, System.out);
        if (problem != null) {
            err.println("wirewise: " + problem);
            return code == 0 ? CommandLine.ExitCode.USAGE : code;
        }
        return code;
    }

    /**
     * {@code wirewise --version} without the parser: picocli's ~200 classes (compiled for Java 5,
     * so class-data sharing cannot hold them) would be most of this command's start-up.
     */
    private static int printVersion(PrintWriter out, PrintWriter err) {
        try {
            out.println(new Version().getVersion()[0]);
            out.flush();
            return CommandLine.ExitCode.OK;
        } catch (IOException e) {
            err.println("wirewise: the version could not be read (" + e.getMessage() + ")");
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /** Runs the command line over the given lessons instead of the app's; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, LessonCatalog lessons) {
        return parseAndRun(args, out, err, () -> lessons);
    }

    private static int parseAndRun(String[] args, PrintWriter out, PrintWriter err) {
        // Built on first use: --version, subnet and the other commands without lessons never need it.
        return parseAndRun(args, out, err, new Supplier<>() {
            private LessonCatalog built;

            @Override
            public LessonCatalog get() {
                if (built == null) {
                    built = LessonRegistry.standard().catalog();
                }
                return built;
            }
        });
    }

    private static int parseAndRun(String[] args, PrintWriter out, PrintWriter err, Supplier<LessonCatalog> catalog) {
        CommandLine cli = new CommandLine(new Main(catalog));
        new Commands(catalog).neededBy(args).forEach(cli::addSubcommand);
        // Every command answers --version (a subcommand's own provider would print nothing).
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cli.registerConverter(java.nio.file.Path.class, Main::path);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("wirewise: " + Excerpt.capRuns(ex.getMessage()) + " (see wirewise --help)");
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException) {
                err.println("wirewise: " + ex.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            err.println("wirewise: internal error: " + ex + (System.getenv("WIREWISE_DEBUG") == null
                    ? " (set WIREWISE_DEBUG=1 for details)" : ""));
            if (System.getenv("WIREWISE_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws CliException {
        List<String> launch = new ArrayList<>();
        if (lesson != null) {
            try {
                int steps = LessonSetup.defaults(catalog.get().require(lesson)).simulate().stepCount();
                if (step != null && (step < 1 || step > steps)) {
                    throw new CliException("--step: " + lesson + " has steps 1 to " + steps + ", got " + step);
                }
            } catch (UnknownLessonException e) {
                throw new CliException(e.getMessage());
            }
            launch.add("--lesson=" + lesson);
        } else if (step != null) {
            throw new CliException("--step needs --lesson");
        }
        if (step != null) {
            launch.add("--step=" + step);
        }
        if (present) {
            launch.add("--present=true");
        }
        if (scenario != null) {
            if (lesson != null) {
                throw new CliException("give either a scenario file or --lesson, not both");
            }
            if (!java.nio.file.Files.isReadable(scenario)) {
                throw new CliException(Excerpt.cut(scenario.toString()) + ": no such file, or not readable");
            }
            // Problems inside the file are shown in the window, where the user can pick another.
            launch.add("--scenario=" + scenario.toAbsolutePath());
        }
        launchWindow(launch.toArray(String[]::new));
        return 0;
    }

    /** A path from the command line; picocli's own conversion would name the exception it caught. */
    private static java.nio.file.Path path(String text) {
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a usable path (" + e.getReason() + ")");
        }
    }

    private static void launchWindow(String... arguments) throws CliException {
        String missing = displayProblem(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (missing != null) {
            throw new CliException(missing);
        }
        try {
            Application.launch(WirewiseApp.class, arguments);
        } catch (UnsupportedOperationException e) {
            // JavaFX's own word when the display named cannot be opened ("Unable to open DISPLAY").
            throw new CliException(NEEDS_DISPLAY + " (" + e.getMessage() + ")" + RENDER_INSTEAD);
        }
    }

    private static final String NEEDS_DISPLAY = "the window needs a display";
    private static final String RENDER_INSTEAD = "; `wirewise render LESSON --step N -o FILE.png` draws a step "
            + "without one, and trace, pcap and the other commands need none";

    /**
     * Why the window cannot open here, or null: on Linux and other X11/Wayland systems a window
     * needs DISPLAY or WAYLAND_DISPLAY (Monocle, the headless platform, needs neither).
     */
    static String displayProblem(java.util.Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        boolean x11 = env.getOrDefault("DISPLAY", "").isBlank();
        boolean wayland = env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return x11 && wayland ? NEEDS_DISPLAY + " and none is set (DISPLAY is empty)" + RENDER_INSTEAD : null;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"Wirewise " + p.getProperty("version", "development build")};
        }
    }
}
