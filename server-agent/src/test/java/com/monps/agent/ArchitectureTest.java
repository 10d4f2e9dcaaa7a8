package com.monps.agent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layer rules: the domain and the agent never touch JavaFX; the core knows nothing of its two shells. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.monps.core", "com.monps.agent");

    @Test
    void coreAndAgentDoNotDependOnJavaFx() {
        noClasses().that().resideInAnyPackage("com.monps.core..", "com.monps.agent..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnTheDesktopOrTheAgent() {
        noClasses().that().resideInAPackage("com.monps.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.monps.desktop..", "com.monps.agent..")
                .check(CLASSES);
    }
}
