package org.wirewise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.wirewise.cli.LessonsCommand;
import org.wirewise.cli.PcapCommand;
import org.wirewise.cli.PracticeCommand;
import org.wirewise.cli.TraceCommand;
import org.wirewise.cli.addr.SubnetCommand;
import org.wirewise.cli.addr.VpcCommand;
import org.wirewise.cli.bench.CaptureBenchCommand;
import org.wirewise.cli.bench.LessonBenchCommand;
import org.wirewise.cli.congestion.BenchCommand;
import org.wirewise.cli.congestion.SimulateCommand;
import org.wirewise.cli.fuzz.FuzzCommand;
import org.wirewise.cli.latency.BdpCommand;
import org.wirewise.cli.latency.LatencyCommand;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.ui.app.RenderCommand;
import org.wirewise.ui.app.SoakCommand;
import org.wirewise.ui.lesson.congestion.ChartBenchCommand;

/**
 * The program's commands in the order {@code --help} lists them, each built only when a command
 * line needs it: picocli inspects every registered command's options by reflection, which for all
 * of them loads some 500 classes (JavaFX's among them) that {@code lessons} or {@code --version}
 * never use. The names are the commands' own {@code @Command} names (CommandsTest checks).
 */
final class Commands {

    private final Map<String, Supplier<Object>> byName = new LinkedHashMap<>();

    Commands(Supplier<LessonCatalog> catalog) {
        // Lambdas, not constructor references: linking a reference loads its class at once.
        byName.put("lessons", () -> new LessonsCommand(catalog.get()));
        byName.put("trace", () -> new TraceCommand(catalog.get()));
        byName.put("pcap", () -> new PcapCommand(catalog.get()));
        byName.put("render", () -> new RenderCommand());
        byName.put("subnet", () -> new SubnetCommand());
        byName.put("vpc", () -> new VpcCommand());
        byName.put("latency", () -> new LatencyCommand());
        byName.put("practice", () -> new PracticeCommand());
        byName.put("simulate", () -> new SimulateCommand());
        byName.put("bdp", () -> new BdpCommand());
        byName.put("bench", () -> new BenchCommand());
        byName.put("bench-lessons", () -> new LessonBenchCommand(catalog.get()));
        byName.put("bench-chart", () -> new ChartBenchCommand());
        byName.put("bench-capture", () -> new CaptureBenchCommand());
        byName.put("bench-capture-chart", () -> new org.wirewise.ui.lesson.tcp.CaptureChartBenchCommand());
        byName.put("soak", () -> new SoakCommand());
        byName.put("dns", () -> new org.wirewise.cli.dns.DnsCommand());
        byName.put("fuzz", () -> new FuzzCommand(Main::run, catalog.get()));
    }

    /** Every command's name, in help order. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The commands a command line can reach: only the one it names first when it names one; none
     * when it only asks for the version; otherwise all (help lists them, and a misspelt name gets
     * suggestions from them).
     */
    List<Object> neededBy(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("-")) {
                Supplier<Object> named = byName.get(arg);
                return named == null ? all() : List.of(named.get());
            }
        }
        boolean versionOnly = args.length > 0;
        for (String arg : args) {
            versionOnly &= arg.equals("--version") || arg.equals("-V");
        }
        return versionOnly ? List.of() : all();
    }

    private List<Object> all() {
        List<Object> commands = new ArrayList<>();
        byName.values().forEach(command -> commands.add(command.get()));
        return commands;
    }
}
