package org.wirewise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/ARCHITECTURE.md, enforced. */
@AnalyzeClasses(packages = "org.wirewise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPureJava = noClasses().that().resideInAPackage("org.wirewise.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.wirewise.model..", "java..", "javax.crypto..")
            .because("the model is a pure, deterministic simulation that the app, exporters and command line share"
                    + " (javax.crypto is the JDK's own: TLS's HMAC, AES-GCM and x25519)");

    @ArchTest
    static final ArchRule modelReadsNoClock = noClasses().that().resideInAPackage("org.wirewise.model..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().callMethod(Math.class, "random")
            .orShould().callConstructor(java.security.SecureRandom.class)
            .orShould().callConstructor(java.security.SecureRandom.class, byte[].class)
            .orShould().callMethod(java.security.SecureRandom.class, "getInstanceStrong")
            .because("simulated time and seeded random streams make the same scenario give the same trace");

    @ArchTest
    static final ArchRule scenarioKnowsNoUi = noClasses().that().resideInAnyPackage("org.wirewise.scenario..",
                    "org.wirewise.lesson..", "org.wirewise.export..", "org.wirewise.cli..", "org.wirewise.practice..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.wirewise.ui..", "atlantafx..",
                    "org.controlsfx..")
            .because("scenarios, exporters, the question bank and the command line run with no window");

    @ArchTest
    static final ArchRule exportDoesNotDependOnCli = noClasses().that().resideInAPackage("org.wirewise.export..")
            .should().dependOnClassesThat().resideInAPackage("org.wirewise.cli..")
            .because("exporters are shared by the app and the command line");

    @ArchTest
    static final ArchRule playerAndWidgetsHoldNoLessons = noClasses().that()
            .resideInAnyPackage("org.wirewise.ui.player..", "org.wirewise.ui.widget..")
            .should().dependOnClassesThat().resideInAnyPackage("org.wirewise.ui.lesson..", "org.wirewise.ui.app..",
                    "org.wirewise.model.tcp..")
            .because("the player and widgets are reused by every lesson and know no protocol");

    @ArchTest
    static final ArchRule lessonViewsDoNotReachIntoTheApp = noClasses().that()
            .resideInAPackage("org.wirewise.ui.lesson..")
            .should().dependOnClassesThat().resideInAPackage("org.wirewise.ui.app..")
            .because("a lesson view is a function of the trace and the player's moment, nothing more");

    private static final java.util.List<String> CORE = java.util.List.of("sim", "trace", "packet", "net",
            "transport", "pcap", "text");
    /**
     * Protocols that other protocols and topics run over, lowest first: each may use the core and the protocols
     * before it (HTTP/3 runs over QUIC, which carries TLS; DNS over HTTPS runs over HTTP), never one after it.
     */
    private static final java.util.List<String> PROTOCOLS = java.util.List.of("tls", "quic", "http", "dns");
    /**
     * Compositions build one network out of many lessons' devices (the URL journey runs DNS, NAT, TCP, TLS, HTTP
     * and a load balancer on one timeline): they may use every topic and protocol, and nothing under model uses them.
     */
    private static final java.util.List<String> COMPOSITIONS = java.util.List.of("journey");
    private static final String[] MODEL_CORE = CORE.stream().map(c -> "org.wirewise.model." + c + "..")
            .toArray(String[]::new);
    /** Every other package under model is a topic, so a new one is held to the rules on arrival. */
    private static final String[] MODEL_TOPICS = new com.tngtech.archunit.core.importer.ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.wirewise.model").stream()
            .map(c -> c.getPackageName().split("\\."))
            .filter(parts -> parts.length > 3).map(parts -> parts[3]).filter(t -> !CORE.contains(t) && !PROTOCOLS.contains(t) && !COMPOSITIONS.contains(t))
            .distinct().sorted().toArray(String[]::new);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.wirewise.(**)").should().beFreeOfCycles()
            .because("a package that needs another which needs it back cannot be understood, tested or moved alone");

    @ArchTest
    static final ArchRule modelCoreKnowsNoTopic = noClasses().that().resideInAnyPackage(MODEL_CORE)
            .should().dependOnClassesThat().resideInAnyPackage(topicPackages())
            .because("sim, trace, packet, net, transport, pcap and text are the core every topic builds on; a new topic must not "
                    + "have to edit it");

    @ArchTest
    static final ArchRule modelTopicsAreIndependent = topicsUseOnlyTheCore();

    @ArchTest
    static final ArchRule modelCoreKnowsNoProtocol = noClasses().that().resideInAnyPackage(MODEL_CORE)
            .should().dependOnClassesThat().resideInAnyPackage(modelPackages(PROTOCOLS))
            .because("the core carries every protocol; it must not depend on one of them");

    @ArchTest
    static final ArchRule protocolsUseOnlyLowerLayers = protocolsUseOnlyTheLayersBelow();

    @ArchTest
    static final ArchRule protocolsKnowNoTopic = noClasses().that().resideInAnyPackage(modelPackages(PROTOCOLS))
            .should().dependOnClassesThat().resideInAnyPackage(topicPackages())
            .because("a protocol is reused by every lesson that runs over it; a lesson's topic must not be needed to "
                    + "speak it");

    @ArchTest
    static final ArchRule compositionsAreOnTop = noClasses().that().resideInAPackage("org.wirewise.model..")
            .and().resideOutsideOfPackages(modelPackages(COMPOSITIONS))
            .should().dependOnClassesThat().resideInAnyPackage(modelPackages(COMPOSITIONS))
            .because("a composition (the URL journey) is assembled from the lessons' devices; a topic or protocol that "
                    + "needed it back would make every lesson depend on all the others")
            .allowEmptyShould(true);

    /** The topic list is found, not typed: it must hold today's topics, or the two rules above hold vacuously. */
    @ArchTest
    static void topicsAreFoundUnderModel(com.tngtech.archunit.core.domain.JavaClasses classes) {
        org.assertj.core.api.Assertions.assertThat(MODEL_TOPICS)
                .contains("tcp", "nat", "stack", "addr", "congestion").doesNotContain("transport", "net", "tls", "dns");
    }

    @ArchTest
    static final ArchRule uiDoesNotDependOnCli = noClasses().that().resideInAPackage("org.wirewise.ui..")
            .and().doNotHaveSimpleName("RenderCommand").and().doNotHaveSimpleName("ChartBenchCommand")
            .and().doNotHaveSimpleName("SoakCommand")
            .should().dependOnClassesThat().resideInAPackage("org.wirewise.cli..")
            .because("the window and the command line are two front ends of the same model; neither drives the other "
                    + "(the commands that draw with the window, render, bench-chart and soak, still take the command line's lesson arguments "
                    + "and errors)");

    @ArchTest
    static final ArchRule viewsParseNoNumbers = noClasses().that()
            .resideInAnyPackage("org.wirewise.ui.lesson..", "org.wirewise.ui.widget..")
            .should().callMethod(Long.class, "parseLong", String.class)
            .orShould().callMethod(Integer.class, "parseInt", String.class)
            .orShould().callMethod(Integer.class, "parseInt", String.class, int.class)
            .orShould().callMethod(Double.class, "parseDouble", String.class)
            .because("views draw from typed facts and series; a number read back out of display text breaks "
                    + "when the wording changes");

    private static String[] topicPackages() {
        return java.util.Arrays.stream(MODEL_TOPICS).map(t -> "org.wirewise.model." + t + "..")
                .toArray(String[]::new);
    }

    private static String[] modelPackages(java.util.List<String> protocols) {
        return protocols.stream().map(p -> "org.wirewise.model." + p + "..").toArray(String[]::new);
    }

    /** Each protocol may use the core, itself and the protocols below it, never one above it. */
    private static ArchRule protocolsUseOnlyTheLayersBelow() {
        ArchRule rule = null;
        for (int i = 0; i < PROTOCOLS.size() - 1; i++) {
            ArchRule one = noClasses().that().resideInAPackage("org.wirewise.model." + PROTOCOLS.get(i) + "..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage(modelPackages(PROTOCOLS.subList(i + 1, PROTOCOLS.size())))
                    .because("protocols are layers (tls, quic, http, dns, lowest first); a lower one reaching up makes "
                            + "a cycle of meaning even where the compiler sees none")
                    .allowEmptyShould(true); // a layer may not exist yet (quic, http arrive with their lessons)
            rule = rule == null ? one : com.tngtech.archunit.lang.CompositeArchRule.of(rule).and(one);
        }
        return rule;
    }

    /** Each topic (nat, tcp, ...) may use the core, the protocols and itself, never another topic. */
    private static ArchRule topicsUseOnlyTheCore() {
        ArchRule rule = null;
        for (String topic : MODEL_TOPICS) {
            String[] others = java.util.Arrays.stream(MODEL_TOPICS).filter(t -> !t.equals(topic))
                    .map(t -> "org.wirewise.model." + t + "..").toArray(String[]::new);
            ArchRule one = noClasses().that().resideInAPackage("org.wirewise.model." + topic + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("topics build on the model core (sim, trace, packet, net, transport, pcap, text) and the protocols (tls, quic, http, dns); one topic reaching "
                            + "into another couples lessons that should change alone");
            rule = rule == null ? one : com.tngtech.archunit.lang.CompositeArchRule.of(rule).and(one);
        }
        return rule;
    }
}
