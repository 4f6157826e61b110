package dev.partnercontacts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the package tree promises: the domain depends on nothing, the UI never on storage,
 * sync never on the UI, and background work has one shape: only the task layer
 * ({@code dev.partnercontacts.task}) makes threads, executors or timers.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.partnercontacts");
    }

    @Test
    void theDomainKnowsNoFrameworks() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "com.fasterxml..", "org.sqlite..",
                        "dev.partnercontacts.storage..", "dev.partnercontacts.ui..")
                .check(classes);
    }

    @Test
    void storageKnowsNoUserInterface() {
        noClasses().that().resideInAPackage("..storage..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.partnercontacts.ui..")
                .check(classes);
    }

    @Test
    void theUserInterfaceWorksThroughTheDomainNotStorage() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.partnercontacts.storage..", "java.sql..")
                .check(classes);
    }

    @Test
    void syncWorksOnTheDomainAndStorageOnly() {
        noClasses().that().resideInAPackage("dev.partnercontacts.sync..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.controlsfx..", "dev.partnercontacts.ui..", "dev.partnercontacts.cli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.partnercontacts.App")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.partnercontacts.Launcher")
                .check(classes);
        noClasses().that().resideInAnyPackage("..domain..", "..storage..")
                .should().dependOnClassesThat().resideInAPackage("dev.partnercontacts.sync..")
                .check(classes);
    }

    @Test
    void wordsAreSharedByTheAppAndTheCommandLineWithoutJavaFx() {
        noClasses().that().resideInAPackage("dev.partnercontacts.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "dev.partnercontacts.ui..", "dev.partnercontacts.storage..", "dev.partnercontacts.sync..",
                        "dev.partnercontacts.cli..")
                .check(classes);
    }

    @Test
    void safeExportsAreSharedWithoutTheUserInterfaceOrStorage() {
        noClasses().that().resideInAPackage("dev.partnercontacts.files..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.partnercontacts.ui..",
                        "dev.partnercontacts.storage..", "dev.partnercontacts.sync..", "dev.partnercontacts.cli..")
                .check(classes);
    }

    @Test
    void viewModelsKnowNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNothingButTheJdkAndItsValidationLibraries() {
        classes().that().resideInAPackage("..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.partnercontacts.domain..",
                        // the rules themselves: e-mail addresses (RFC 5321/5322) and phone numbers (E.164)
                        "com.sanctionco.jmail..", "com.google.i18n.phonenumbers..")
                .check(classes);
    }

    @Test
    void onlyTheTaskLayerMakesThreadsExecutorsOrTimers() {
        noClasses().that().resideOutsideOfPackage("dev.partnercontacts.task..")
                .should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Thread.class, String.class)
                .orShould().callMethod(Thread.class, "ofPlatform")
                .orShould().callMethod(Thread.class, "ofVirtual")
                .orShould().callMethod(Thread.class, "startVirtualThread", Runnable.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadPoolExecutor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledThreadPoolExecutor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ForkJoinPool")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Timer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.concurrent.Task")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.concurrent.Service")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.animation.PauseTransition")
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "supplyAsync", java.util.function.Supplier.class)
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "supplyAsync", java.util.function.Supplier.class,
                        java.util.concurrent.Executor.class)
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "runAsync", Runnable.class)
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "runAsync", Runnable.class,
                        java.util.concurrent.Executor.class)
                .because("background work goes through BackgroundTask, Workers and Scheduler, which own and stop it")
                .check(classes);
    }

    @Test
    void viewModelsNeitherTouchJdbcNorStorage() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                        "dev.partnercontacts.storage..")
                .check(classes);
    }

    @Test
    void theCommandLineLoadsNoJavaFx() {
        noClasses().that().resideInAPackage("dev.partnercontacts.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.partnercontacts.ui..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("dev.partnercontacts.ui.common..")))
                .because("the command line shares the application's messages, and nothing else of the windows")
                .check(classes);
    }

    @Test
    void theRootPackageIsTheCompositionRootThatNothingDependsOn() {
        noClasses().that().resideOutsideOfPackage("dev.partnercontacts")
                .should().dependOnClassesThat().resideInAPackage("dev.partnercontacts")
                .because("App, Windows and Launcher build everything and hand it down; nothing reaches back up")
                .check(classes);
    }
}
