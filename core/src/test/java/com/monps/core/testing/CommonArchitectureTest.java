package com.monps.core.testing;

import com.monps.core.db.QueryClass;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slice;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every module runs (after JabRef's CommonArchitectureTest): a module's test extends this class
 * and names the packages of its main code. A rule about code a module does not have passes there.
 */
public abstract class CommonArchitectureTest {

    /** The screens of the desktop, each a package; what two of them share lives in fx, shared, betentry or history. */
    private static final Set<String> SCREENS = Set.of("dashboard", "bets", "opportunities", "analytics", "matchdetail", "agent",
            "settings", "alerts");
    private static final DescribedPredicate<Slice> SCREEN = DescribedPredicate.describe("are screens",
            slice -> SCREENS.contains(slice.getNamePart(1)));

    /** SQL: JDBC statements, PostgreSQL's driver API, jOOQ's query DSL and the generated tables (not a mere DSLContext). */
    private static final DescribedPredicate<JavaClass> SQL = new DescribedPredicate<>("write SQL") {
        @Override
        public boolean test(JavaClass c) {
            String name = c.getName();
            if (name.startsWith("java.sql.")) {
                return !name.contains("Exception");
            }
            if (name.startsWith("org.jooq.")) {
                return !name.equals("org.jooq.DSLContext") && !name.equals("org.jooq.Configuration")
                        && !name.startsWith("org.jooq.exception.");
            }
            return name.startsWith("org.postgresql.") || name.startsWith("com.monps.core.jooq.");
        }
    };

    /** A repository or query class by name or by {@link QueryClass}, with the classes nested in it. */
    private static final DescribedPredicate<JavaClass> QUERY_CLASS = DescribedPredicate.describe(
            "are repositories or query classes (…Repository, …Query, @QueryClass)", c -> {
                JavaClass top = c;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                return top.isAnnotatedWith(QueryClass.class) || top.getSimpleName().endsWith("Repository")
                        || top.getSimpleName().endsWith("Query");
            });

    private JavaClasses classes;

    /** The packages of this module's main code, e.g. {@code "com.monps.desktop"}. */
    protected abstract String[] packages();

    protected final JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(packages());
        }
        return classes;
    }

    @Test
    void coreIsFreeOfJavaFxAndOfTheTwoPrograms() {
        noClasses().that().resideInAPackage("com.monps.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.monps.desktop..", "com.monps.agent..")
                .because("the domain, the odds maths and the data access serve the desktop and the agent alike: a core that "
                        + "knew either could not be used by the other, nor tested without a window")
                .allowEmptyShould(true).check(classes());
    }

    @Test
    void theAgentIsFreeOfJavaFx() {
        noClasses().that().resideInAPackage("com.monps.agent..").should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the agent runs headless on a server, where JavaFX is neither installed nor wanted")
                .allowEmptyShould(true).check(classes());
    }

    @Test
    void sqlIsWrittenOnlyInRepositoriesAndNamedQueryClasses() {
        noClasses().that().resideOutsideOfPackages("com.monps.core.repo..", "com.monps.core.db..", "com.monps.core.jooq..")
                .and(DescribedPredicate.not(QUERY_CLASS))
                .should().dependOnClassesThat(SQL)
                .because("a reader finds every query of the program in the repositories and the few classes named for their "
                        + "query (marked @QueryClass); elsewhere a DSLContext is only handed on or runs a transaction")
                .allowEmptyShould(true).check(classes());
    }

    @Test
    void controllersKnowNoNode() {
        noClasses().that().haveSimpleNameEndingWith("Controller").and().resideInAPackage("com.monps.desktop..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a controller talks to the core and fills its model; the view alone builds and binds nodes, so "
                        + "a controller is tested without a window")
                .allowEmptyShould(true).check(classes());
    }

    @Test
    void screensDoNotImportEachOther() {
        slices().matching("com.monps.desktop.(*)..").that(SCREEN)
                .should().notDependOnEachOther()
                .because("a screen is read, changed and tested alone; what two screens share moves to a shared package")
                .allowEmptyShould(true).check(classes());
    }

    @Test
    void mainCodeDoesNotPrintToStandardOutput() {
        noClasses().that().resideOutsideOfPackage("..cli..")
                .should().accessField(System.class, "out")
                .because("programs log through SLF4J, which the operator configures; only a command line prints its answer")
                .allowEmptyShould(true).check(classes());
    }

}
