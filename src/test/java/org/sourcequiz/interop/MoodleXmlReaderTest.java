package org.sourcequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

class MoodleXmlReaderTest {
    private static String q(String type, String body) {
        return "  <question type=\"" + type + "\">\n    <name><text>" + type + " one</text></name>\n"
                + "    <questiontext format=\"html\"><text><![CDATA[<p>About " + type + "?</p>]]></text></questiontext>\n"
                + "    <generalfeedback format=\"html\"><text>General.</text></generalfeedback>\n" + body + "  </question>\n";
    }

    private static String answer(int fraction, String text, String feedback) {
        return "    <answer fraction=\"" + fraction + "\" format=\"html\"><text>" + text + "</text>"
                + "<feedback format=\"html\"><text>" + feedback + "</text></feedback></answer>\n";
    }

    private static final String FILE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
            + "  <question type=\"category\"><category><text>$course$/top/Capitals</text></category></question>\n"
            + q("multichoice", "    <single>true</single>\n" + answer(100, "Minsk", "yes") + answer(0, "Brest", "no"))
            + q("multichoice", "    <single>false</single>\n" + answer(50, "a", "") + answer(50, "b", "") + answer(-100, "c", ""))
            + q("truefalse", answer(0, "true", "t fb") + answer(100, "false", "f fb"))
            + q("shortanswer", "    <usecase>0</usecase>\n" + answer(100, "Vilnius", "") + answer(50, "Vil*", "close"))
            + q("numerical", "    <answer fraction=\"100\"><text>1991</text><tolerance>1</tolerance><feedback><text></text></feedback></answer>\n")
            + q("matching", "    <subquestion format=\"html\"><text>Minsk</text><answer><text>Belarus</text></answer></subquestion>\n"
                    + "    <subquestion format=\"html\"><text>Riga</text><answer><text>Latvia</text></answer></subquestion>\n"
                    + "    <subquestion format=\"html\"><text></text><answer><text>Estonia</text></answer></subquestion>\n")
            + q("essay", "    <graderinfo format=\"html\"><text>Names three.</text></graderinfo>\n")
            + q("description", "")
            + q("ordering", answer(1, "first", "") + answer(2, "second", "") + answer(3, "third", ""))
            + q("multianswer", "")
            + q("calculated", "")
            + q("ddwtos", "")
            + "</quiz>\n";

    @Test
    void everyCoreTypeMapsAndTheRestIsSkippedWithLineAndReason() {
        ImportRun run = new ImportRun();
        FileReport r = run.add("q.xml", FILE, null);
        assertThat(r.format()).isEqualTo("moodlexml");
        assertThat(r.found()).isEqualTo(12);
        assertThat(r.imported()).isEqualTo(8);
        assertThat(r.skipped()).isEqualTo(4);
        assertThat(r.errors()).isZero();
        assertThat(r.types()).containsEntry("match", 1).containsEntry("multianswer", 1);
        assertThat(r.problems()).extracting(ImportProblem::severity, ImportProblem::type)
                .containsExactly(tuple("skipped", "description"), tuple("skipped", "multianswer"),
                        tuple("skipped", "calculated"), tuple("skipped", "ddwtos"));
        assertThat(r.problems()).allMatch(p -> p.line() > 3);
        List<Question> qs = run.sets().get(0).questions();
        assertThat(run.sets().get(0).title()).isEqualTo("Capitals");
        assertThat(qs).extracting(Question::getClass).containsExactly((Class) ChoiceQuestion.class, MultiQuestion.class,
                TrueFalseQuestion.class, TextQuestion.class, NumberQuestion.class,
                org.sourcequiz.model.MatchQuestion.class, OpenQuestion.class, OrderQuestion.class);
        assertThat(qs.get(0).prompt()).isEqualTo("About multichoice?");
        assertThat(qs.get(0).stem().explain()).isEqualTo("General.");
        assertThat(((MultiQuestion) qs.get(1)).weights()).containsExactly(0.5, 0.5, -1.0);
        assertThat(((TrueFalseQuestion) qs.get(2)).answer()).isFalse();
        assertThat(((TextQuestion) qs.get(3)).weights()).containsExactly(1.0, 0.5);
        assertThat(((NumberQuestion) qs.get(4)).low()).isEqualByComparingTo("1990");
        assertThat(((OpenQuestion) qs.get(6)).modelAnswer()).isEqualTo("Names three.");
        assertThat(((OrderQuestion) qs.get(7)).items()).containsExactly("first", "second", "third");
    }

    @Test
    @Timeout(1)
    void anEntityBombIsAnErrorAtOnce() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                + " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n]>\n"
                + "<quiz>" + q("essay", "").replace("About essay?", "&e;&e;&e;&e;") + "</quiz>";
        Parsed p = MoodleXmlReader.read(bomb);
        assertThat(p.questions()).isEmpty();
        assertThat(p.problems()).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo("error");
            assertThat(x.line()).isPositive();
        });
    }

    @Test
    void anExternalEntityIsNeverRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<quiz>"
                + q("essay", "").replace("About essay?", "&x;") + "</quiz>";
        Parsed p = MoodleXmlReader.read(xxe);
        assertThat(p.questions()).isEmpty();
        assertThat(p.problems().toString()).doesNotContain("TOP SECRET");
        assertThat(p.problems()).singleElement().extracting(ImportProblem::severity).isEqualTo("error");
    }

    @Test
    void brokenXmlKeepsWhatCameBeforeAndNamesTheLine() {
        String broken = "<quiz>\n" + q("truefalse", answer(100, "true", "") + answer(0, "false", "")) + "<question type=\"essay\">\n<name>\n</quiz>";
        Parsed p = MoodleXmlReader.read(broken);
        assertThat(p.questions()).hasSize(1);
        assertThat(p.problems()).singleElement().satisfies(x -> assertThat(x.line()).isGreaterThan(5));
    }
}
