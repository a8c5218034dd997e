package dev.playlens.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nothing under modules/ may use JavaFX: every capability must run headless, from the CLI and in plain tests. */
class ArchitectureTest {
    private static final String[] MODULE_PACKAGES = {
            "dev.playlens.core..", "dev.playlens.storage..", "dev.playlens.warehouse..", "dev.playlens.heatmap..",
            "dev.playlens.ml..", "dev.playlens.publish..", "dev.playlens.demo.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() throws Exception {
        // Only the roots that hold dev/playlens (our modules' jars and classes): scanning the whole class path
        // (DuckDB, JavaFX, …) for the package would cost many seconds.
        List<URL> roots = Collections.list(ArchitectureTest.class.getClassLoader().getResources("dev/playlens/"));
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrls(roots);
    }

    @Test
    void theModulesOnTheClassPathAreReallyImported() {
        // Guards against a vacuous pass: the rule below must see the modules' classes.
        for (String pkg : new String[]{"dev.playlens.core", "dev.playlens.demo", "dev.playlens.warehouse", "dev.playlens.heatmap",
                "dev.playlens.storage", "dev.playlens.ml", "dev.playlens.publish"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes of %s imported", pkg).isTrue();
        }
    }

    @Test
    void theRuleDoesCatchJavaFxWhereItIs() {
        // The same rule on the GUI shell must fail, or the rule above could be passing for the wrong reason.
        assertThatThrownBy(() -> noClasses().that().resideInAPackage("dev.playlens.app.shell..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void modulesDoNotDependOnJavaFx() {
        noClasses().that().resideInAnyPackage(MODULE_PACKAGES)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("modules must run headless (DESIGN.md: nothing under modules/ imports javafx)")
                .check(classes);
    }

    @Test
    void headlessPartsOfTheAppDoNotDependOnJavaFx() {
        noClasses().that().resideInAnyPackage("dev.playlens.app.cli..", "dev.playlens.app.services..",
                        "dev.playlens.app.workspace..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the command line shares these and must work without a display")
                .check(classes);
    }

    @Test
    void modulesDoNotDependOnTheApp() {
        noClasses().that().resideInAnyPackage(MODULE_PACKAGES)
                .should().dependOnClassesThat().resideInAPackage("dev.playlens.app..")
                .because("dependencies point one way: app -> modules -> core")
                .check(classes);
    }
}
