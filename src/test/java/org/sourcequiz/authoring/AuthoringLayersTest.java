package org.sourcequiz.authoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md's row for authoring: model, bank, text and engine only (no Jackson, no UI, no files of its own). */
class AuthoringLayersTest {
    @Test
    void authoringUsesModelBankTextAndEngineOnly() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sourcequiz.authoring");
        classes().that().resideInAPackage("org.sourcequiz.authoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.sourcequiz.authoring..",
                        "org.sourcequiz.model..", "org.sourcequiz.bank..", "org.sourcequiz.text..", "org.sourcequiz.engine..")
                .check(classes);
    }
}
