package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/** YAML and JSON are one model: the same set written both ways loads to equal records. */
class RoundTripTest {
    private static QuestionSet only(String folder) {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/bank/" + folder)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.bank().sets()).hasSize(1);
        return r.bank().sets().get(0);
    }

    @Test
    void yamlAndJsonOfTheSameSetAreEqual() {
        QuestionSet yaml = only("fixture");
        QuestionSet json = only("fixture-json");
        assertThat(yaml.questions()).extracting(Question::kind).containsExactly(Kind.values());
        assertThat(json.origin()).endsWith("demo.json");
        assertThat(json).usingRecursiveComparison().ignoringFields("origin").isEqualTo(yaml);
        assertThat(json.questions()).isEqualTo(yaml.questions());
    }
}
