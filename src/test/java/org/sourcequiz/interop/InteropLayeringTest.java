package org.sourcequiz.interop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md's row for interop: model, bank, text, jsoup and commonmark, nothing else. */
class InteropLayeringTest {
    @Test
    void interopUsesOnlyItsRow() {
        classes().that().resideInAPackage("org.sourcequiz.interop..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml.stream..",
                        "org.sourcequiz.interop..", "org.sourcequiz.model..", "org.sourcequiz.bank..",
                        "org.sourcequiz.text..", "org.jsoup..", "org.commonmark..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.sourcequiz.interop"));
    }
}
