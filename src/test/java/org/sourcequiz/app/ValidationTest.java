package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.bank.LoadResult;

/** validate's checks: a missing articles folder is named, and the summary counts what was read. */
class ValidationTest {
    @TempDir
    Path dir;

    private AppContext ctx() {
        return new AppContext(dir, Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void aMissingArticlesFolderIsTheUsersProblemAndSaysWhatTheOptionWants() {
        assertThatThrownBy(() -> Validation.check(ctx(), List.of(), Path.of("ARTICLES")))
                .isInstanceOf(UserInputException.class)
                .hasMessage("ARTICLES: no such folder (--sources names the folder of article texts)");
    }

    @Test
    void theSummaryCountsInTheSingularAndPluralAndJsonListsEachProblem() throws Exception {
        Files.writeString(dir.resolve("one.yaml"), "format: 1\nid: one\ntitle: One\nquestions:\n  - id: q1\n    kind: nope\n");
        LoadResult r = Validation.check(ctx(), List.of(Path.of("one.yaml")), null);
        assertThat(r.hasErrors()).isTrue();
        assertThat(Validation.summary(r, false)).startsWith(r.errorCount() + (r.errorCount() == 1 ? " error, " : " errors, "))
                .endsWith(" read");
        Map<String, Object> json = Validation.json(r);
        assertThat(json).containsEntry("errors", r.errorCount());
        assertThat((List<?>) json.get("problems")).hasSize(r.problems().size());
        LoadResult bundled = Validation.check(ctx(), List.of(), null);
        assertThat(Validation.summary(bundled, true)).startsWith("0 errors, ")
                .endsWith(bundled.bank().questions().size() + " questions read, every passage found in its article");
        assertThat(Validation.summary(r, true)).as("not said when there are errors").doesNotContain("every passage");
    }
}
