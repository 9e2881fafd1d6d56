package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.bank.Fixtures.load;
import static org.sourcequiz.bank.Fixtures.messages;
import static org.sourcequiz.bank.Fixtures.question;
import static org.sourcequiz.bank.Fixtures.set;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.model.Question;

/** status: draft, event, and sets of origin: imported whose questions have no passage. */
class DraftsAndImportedTest {
    @TempDir
    Path dir;

    @Test
    void aDraftIsAWarningAndStaysInTheBank() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: truefalse\nanswer: true\nstatus: draft\nevent: The exercise began.")));
        assertThat(messages(r)).containsExactly("warning 8:13 draft question");
        assertThat(r.problems().get(0).hint()).contains("--include-drafts");
        Question q = r.bank().questions().get(0);
        assertThat(q.draft()).isTrue();
        assertThat(q.stem().event()).isEqualTo("The exercise began.");
        assertThat(messages(load(dir, "q.yaml", set(question("a", "kind: truefalse\nanswer: true\nstatus: ready")))))
                .containsExactly("error 8:13 `status` cannot be `ready`");
    }

    private static final String BARE = "  - id: a\n    kind: truefalse\n    answer: true\n    prompt: P\n";

    @Test
    void anImportedSetNeedsNoSourcePassageOrExplanation() {
        LoadResult r = load(dir, "q.yaml", "format: 1\nid: t\ntitle: T\norigin: imported\nquestions:\n" + BARE);
        assertThat(r.problems()).isEmpty();
        assertThat(r.bank().sets().get(0).imported()).isTrue();
        assertThat(r.bank().questions()).singleElement().satisfies(q -> {
            assertThat(q.sourceId()).isEmpty();
            assertThat(q.passage()).isEmpty();
        });
    }

    @Test
    void theOriginMayComeAfterTheQuestions() {
        LoadResult r = load(dir, "q.yaml", "format: 1\nid: t\ntitle: T\nquestions:\n" + BARE + "origin: imported\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.bank().questions()).hasSize(1);
    }

    @Test
    void anySetElseStillNeedsThemAndDropsTheQuestion() {
        LoadResult r = load(dir, "q.yaml", "format: 1\nid: t\ntitle: T\nquestions:\n" + BARE);
        assertThat(messages(r)).containsExactly("error 5:5 missing `source` in question",
                "error 5:5 missing `passage` in question", "error 5:5 missing `explain` in question");
        assertThat(r.bank().questions()).isEmpty();
        assertThat(messages(load(dir, "q.yaml", "format: 1\nid: t\ntitle: T\norigin: moodle\nquestions:\n" + BARE)))
                .contains("error 4:9 `origin` cannot be `moodle`", "error 6:5 missing `passage` in question");
    }

    @Test
    void anImportedQuestionThatNamesASourceMustNameAKnownOne() {
        LoadResult r = load(dir, "q.yaml", "format: 1\nid: t\ntitle: T\norigin: imported\nquestions:\n" + BARE + "    source: nowhere\n");
        assertThat(messages(r)).containsExactly("error 10:13 unknown source `nowhere`");
    }

    @Test
    void thePassageCheckSkipsQuestionsWithoutAPassage() throws IOException {
        LoadResult r = load(dir, "q.yaml", "format: 1\nid: t\ntitle: T\norigin: imported\nquestions:\n" + BARE + "    source: demo\n");
        Files.writeString(dir.resolve("demo.txt"), "Some article text.");
        assertThat(new PassageChecker(dir).check(r.bank(), r.questionLocations())).isEmpty();
    }

    @Test
    void theSnapshotKeepsEveryNewField() throws IOException {
        LoadResult files = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/bank/fixture")));
        assertThat(files.problems()).isEmpty();
        LoadResult imported = load(dir, "q.yaml", "format: 1\nid: t\ntitle: T\norigin: imported\nquestions:\n" + BARE
                + "    status: draft\n    event: E.\n");
        for (LoadResult r : List.of(files, new LoadResult(imported.bank(), List.of(), imported.questionLocations()))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BankSnapshot.write(r, new DataOutputStream(bytes));
            LoadResult back = BankSnapshot.read(bytes.toByteArray());
            assertThat(back.bank()).isEqualTo(r.bank());
        }
    }
}
