package org.wirewise.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.wirewise.export.PcapExport;
import org.wirewise.lesson.Lesson;
import org.wirewise.lesson.LessonCatalog;
import org.wirewise.lesson.LessonSetup;
import org.wirewise.lesson.UnknownLessonException;
import org.wirewise.model.addr.AddressFormatException;
import org.wirewise.model.addr.Cidr;
import org.wirewise.model.addr.CidrInput;
import org.wirewise.model.addr.IpAddress;
import org.wirewise.model.pcap.PcapReader;
import org.wirewise.model.replay.CaptureTrace;
import org.wirewise.model.replay.Conversation;
import org.wirewise.model.replay.OpenedCapture;
import org.wirewise.model.sim.Progress;
import org.wirewise.scenario.ScenarioException;
import org.wirewise.scenario.ScenarioFiles;

/**
 * Seeded mutation fuzzing of everything a user can hand the program: scenario files, captures
 * (read, and replayed when they read),
 * addresses and command lines. A case passes when the input is accepted or refused with the
 * program's own kind of message; it fails when anything else is thrown (a crash), when a command
 * exits with an internal error or prints a stack trace, or when it runs past the per-case
 * timeout (a hang). Case {@code i} of seed {@code s} is always the same input, so a failure is
 * replayed from the two numbers in its report.
 */
public final class Fuzzer {

    /** The command line, in-process: {@code Main.run}. */
    @FunctionalInterface
    public interface CommandLine {
        int run(String[] args, PrintWriter out, PrintWriter err);
    }

    /** What a run found: cases per kind and the first failures. */
    public record Report(long cases, Map<String, Long> byKind, List<String> failures, long failureCount) {
    }

    private static final int MAX_REPORTED = 20;
    private static final List<String> ADDRESSES = List.of("192.168.10.77/24", "10.0.0.0/8", "2001:db8::/32",
            "::ffff:192.0.2.1", "fe80::1%eth0", "0.0.0.0/0", "::/0", "255.255.255.255/32", "2001:db8:0:0:1:0:0:1",
            "100.64.0.0/10", "1.2.3.4", "::1/128");

    private final CommandLine cli;
    private final Path work;
    private final long timeoutMs;
    private final List<String> scenarios = new ArrayList<>();
    private final List<byte[]> captures = new ArrayList<>();
    private final List<List<String>> commands = new ArrayList<>();
    private final LessonCatalog catalog;
    private final ScenarioFiles files = new ScenarioFiles();
    private ExecutorService worker = newWorker();

    /**
     * @param work a folder for the files command lines write and read (captures, scenarios)
     */
    public Fuzzer(CommandLine cli, LessonCatalog catalog, Path work, long timeoutMs) throws IOException {
        this.cli = cli;
        this.catalog = catalog;
        this.work = work;
        this.timeoutMs = timeoutMs;
        for (Lesson<?> lesson : catalog.all()) {
            LessonSetup setup = LessonSetup.defaults(lesson);
            scenarios.add(files.toJson(setup.toDocument()));
        }
        for (String id : List.of("tcp-handshake", "nat-table", "encapsulation", "tcp-lifecycle")) {
            var trace = LessonSetup.defaults(catalog.find(id).orElseThrow()).simulate();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PcapExport.write(trace, trace.lanes().get(0).id(), bytes);
            captures.add(bytes.toByteArray());
        }
        String pcap = work.resolve("out.pcap").toString();
        String scenario = work.resolve("in.wirewise.json").toString();
        commands.add(List.of("lessons", "--json"));
        commands.add(List.of("trace", "tcp-handshake", "--set", "rttMs=80", "--set", "seed=3"));
        commands.add(List.of("trace", "tcp-lifecycle", "--format", "csv", "--set", "drop=7"));
        commands.add(List.of("trace", "cidr"));
        commands.add(List.of("trace", "tcp-handshake", "--scenario", scenario));
        commands.add(List.of("pcap", "tcp-handshake", "-o", pcap, "--at", "server"));
        commands.add(List.of("trace", "--capture", pcap, "--format", "csv"));
        commands.add(List.of("subnet", "10.0.0.0/16", "--split", "24", "--limit", "10"));
        commands.add(List.of("subnet", "2001:db8::/48", "--split", "52", "--json"));
        commands.add(List.of("vpc", "--cidr", "10.0.0.0/16", "--zones", "3", "--tiers", "public,private", "--prefix",
                "24", "--csv"));
        commands.add(List.of("simulate", "congestion", "--duration", "1s", "--bandwidth", "10mbit", "--rtt", "20ms",
                "--algo", "reno,bbr", "--summary-only", "--drop", "5,7"));
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wirewise-fuzz-case");
            t.setDaemon(true); // a hung case must not keep the program alive
            return t;
        });
    }

    /** Runs {@code cases} cases of {@code seed}, reporting the fraction done to {@code progress}. */
    public Report run(long seed, long cases, Progress progress) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long failureCount = 0;
        for (long i = 0; i < cases; i++) {
            Mutator m = new Mutator(seed * 1_000_003L + i);
            int dice = m.nextInt(1000);
            String kind = dice < 400 ? "scenario" : dice < 650 ? "capture" : dice < 990 ? "address" : "command";
            byKind.merge(kind, 1L, Long::sum);
            String problem = timed(() -> switch (kind) {
                case "scenario" -> scenario(m);
                case "capture" -> capture(m);
                case "address" -> address(m);
                default -> command(m);
            });
            if (problem != null) {
                failureCount++;
                if (failures.size() < MAX_REPORTED) {
                    failures.add("seed " + seed + " case " + i + " (" + kind + "): " + problem);
                }
            }
            if ((i & 0x3FF) == 0) {
                progress.worked((double) i / cases);
            }
        }
        return new Report(cases, byKind, failures, failureCount);
    }

    /** A case's outcome: null when it passed, else what went wrong. */
    private interface Case {
        String run() throws Exception;
    }

    private String timed(Case c) {
        Future<String> f = worker.submit(c::run);
        try {
            return f.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the hung thread is abandoned; the next case gets a fresh one
            return "no answer within " + timeoutMs + " ms (a hang)";
        } catch (ExecutionException e) {
            return "crashed: " + describe(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String describe(Throwable t) {
        StackTraceElement top = t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        String message = String.valueOf(t.getMessage());
        return t.getClass().getName() + ": " + (message.length() > 200 ? message.substring(0, 200) + "..." : message)
                + (top == null ? "" : " at " + top);
    }

    private String scenario(Mutator m) {
        String json = m.text(m.pick(scenarios));
        try {
            LessonSetup.fromDocument(catalog, files.parse(json, "fuzz.wirewise.json"));
        } catch (ScenarioException | UnknownLessonException e) {
            return checkMessage(e.getMessage());
        }
        return null;
    }

    private String capture(Mutator m) throws IOException {
        byte[] bytes = m.bytes(m.pick(captures));
        try {
            // A capture that reads is replayed too: conversations, TCP analysis and steps.
            OpenedCapture opened = OpenedCapture.of(PcapReader.read(new ByteArrayInputStream(bytes)));
            for (Conversation c : opened.conversations()) {
                CaptureTrace.of(opened, c);
            }
        } catch (IOException e) {
            return checkMessage(e.getMessage());
        }
        return null;
    }

    private String address(Mutator m) {
        String text = m.text(m.pick(ADDRESSES));
        try {
            switch (m.nextInt(3)) {
                case 0 -> IpAddress.parse(text);
                case 1 -> CidrInput.parse(text);
                default -> Cidr.parse(text);
            }
        } catch (AddressFormatException e) {
            return checkMessage(e.getMessage());
        }
        return null;
    }

    private String command(Mutator m) throws IOException {
        List<String> base = m.pick(commands);
        if (base.contains("--scenario")) {
            Files.writeString(work.resolve("in.wirewise.json"), m.text(scenarios.get(0)), StandardCharsets.UTF_8);
        }
        int keep = base.contains("-o") ? base.indexOf("-o") + 2 : 2; // never redirect a write out of the work folder
        List<String> args = m.arguments(base, Math.min(keep, base.size()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String said = err.toString();
        if (code != 0 && code != 2) {
            return "exit " + code + " for " + args + ": " + said.strip();
        }
        if (said.contains("internal error") || said.contains("\tat ") || said.contains("Exception")) {
            return "a stack trace or exception name for " + args + ": " + said.strip();
        }
        String tooLong = checkMessage(code == 0 ? "ok" : said);
        return tooLong == null ? null : tooLong + " for " + args + ": " + said.substring(0, Math.min(300, said.length()));
    }

    /** A refusal's message must be a short sentence, not a dump of the input. */
    private static String checkMessage(String message) {
        if (message == null || message.isBlank()) {
            return "refused without a message";
        }
        if (message.length() > 1_000) {
            return "a message of " + message.length() + " characters";
        }
        return null;
    }
}
