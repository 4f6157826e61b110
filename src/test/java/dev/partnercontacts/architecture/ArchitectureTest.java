package dev.partnercontacts.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the package tree promises: domain depends on nothing, the UI never on storage, sync never on the UI. */
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
    void viewModelsKnowNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(classes);
    }
}
