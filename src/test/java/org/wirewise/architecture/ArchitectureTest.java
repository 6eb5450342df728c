package org.wirewise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/ARCHITECTURE.md, enforced. */
@AnalyzeClasses(packages = "org.wirewise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPureJava = noClasses().that().resideInAPackage("org.wirewise.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.wirewise.model..", "java..")
            .because("the model is a pure, deterministic simulation that the app, exporters and command line share");

    @ArchTest
    static final ArchRule modelReadsNoClock = noClasses().that().resideInAPackage("org.wirewise.model..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().callMethod(Math.class, "random")
            .because("simulated time and seeded random streams make the same scenario give the same trace");

    @ArchTest
    static final ArchRule scenarioKnowsNoUi = noClasses().that().resideInAnyPackage("org.wirewise.scenario..",
                    "org.wirewise.lesson..", "org.wirewise.export..", "org.wirewise.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.wirewise.ui..", "atlantafx..",
                    "org.controlsfx..")
            .because("scenarios, exporters and the command line run with no window");

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
}
