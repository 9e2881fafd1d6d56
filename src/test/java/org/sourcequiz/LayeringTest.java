package org.sourcequiz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layer table of DESIGN.md true: each package uses only what its row allows. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourcequiz");
    }

    private static void layer(String pkg, String... allowed) {
        String[] all = new String[allowed.length + 3];
        all[0] = "java..";
        all[1] = "org.sourcequiz." + pkg + "..";
        all[2] = "org.sourcequiz.text..";
        System.arraycopy(allowed, 0, all, 3, allowed.length);
        classes().that().resideInAPackage("org.sourcequiz." + pkg + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(all)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelUsesTheJdkOnly() {
        classes().that().resideInAPackage("org.sourcequiz.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.sourcequiz.model..")
                .check(classes);
    }

    @Test
    void textUsesTheJdkOnly() {
        classes().that().resideInAPackage("org.sourcequiz.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.sourcequiz.text..")
                .check(classes);
    }

    @Test
    void bankUsesModelAndJackson() {
        layer("bank", "org.sourcequiz.model..", "com.fasterxml.jackson..", "org.yaml.snakeyaml..");
    }

    @Test
    void engineUsesModelOnly() {
        layer("engine", "org.sourcequiz.model..");
    }

    @Test
    void studyUsesModelAndEngine() {
        layer("study", "org.sourcequiz.model..", "org.sourcequiz.engine..");
    }

    @Test
    void storeUsesStudyAndSqlite() {
        layer("store", "org.sourcequiz.model..", "org.sourcequiz.engine..", "org.sourcequiz.study..", "org.sqlite..");
    }

    @Test
    void tuiDrawsWithLanternaAndNeverReadsFiles() {
        layer("tui", "org.sourcequiz.model..", "org.sourcequiz.engine..", "org.sourcequiz.study..", "com.googlecode.lanterna..");
    }

    @Test
    void plainUsesEngineAndStudy() {
        layer("plain", "org.sourcequiz.model..", "org.sourcequiz.engine..", "org.sourcequiz.study..");
    }

    @Test
    void exploreUsesModelBankAndLucene() {
        layer("explore", "org.sourcequiz.model..", "org.sourcequiz.bank..", "org.apache.lucene..");
    }

    @Test
    void onlyTheInterfacesWriteToTheConsole() {
        noClasses().that().resideOutsideOfPackages("org.sourcequiz.cli..", "org.sourcequiz.tui..", "org.sourcequiz.plain..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }
}
