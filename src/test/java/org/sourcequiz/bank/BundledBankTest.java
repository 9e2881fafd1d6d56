package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;

/** The bank students study: consistent, complete, and never shrinking by accident. */
class BundledBankTest {
    static final Set<String> THEMES = Set.of("zapad-2021", "union-state", "military", "repression", "ukraine-war",
            "who-said-it", "timeline", "disagreement", "politics");
    static final Set<String> FACTS = Set.of("date", "figure", "quote", "claim", "name");
    static final List<String> ARTICLES = List.of("krums-swan-song", "integration-or-imitation", "trapped-in-putins-plans",
            "military-support-takeover", "belarus-war-involvement");

    private static LoadResult result;
    private static Bank bank;

    @BeforeAll
    static void load() {
        result = new BankLoader(Path.of("")).load(List.of(Path.of("questions")));
        bank = result.bank();
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        assertThat(result.problems()).extracting(Problem::format).isEmpty();
    }

    @Test
    void declaresTheFiveArticles() {
        assertThat(bank.sources()).extracting(Source::id).containsExactlyElementsOf(ARTICLES);
        assertThat(bank.sources()).allSatisfy(s -> {
            assertThat(s.file()).endsWith(".txt");
            assertThat(s.published().isKnown()).isTrue();
            if (s.published().estimated()) {
                assertThat(s.published().reason()).isNotBlank();
            }
            if (s.authors().isEmpty()) {
                assertThat(s.note()).contains("no author");
            }
        });
    }

    @Test
    void everyQuestionHasThemeFactTagsDifficultyAndAnExplanation() {
        assertThat(bank.questions()).allSatisfy(q -> {
            assertThat(q.tags()).as(q.id() + " theme tag").anyMatch(THEMES::contains);
            assertThat(q.tags()).as(q.id() + " fact tag").anyMatch(FACTS::contains);
            assertThat(q.stem().difficulty()).as(q.id() + " difficulty").isBetween(1, 3);
            assertThat(q.stem().explain()).as(q.id() + " explanation").isNotBlank();
        });
    }

    @Test
    void idsAreUniqueAndEachArticleSetQuotesItsOwnArticle() {
        Set<String> ids = new HashSet<>();
        assertThat(bank.questions()).allMatch(q -> ids.add(q.id()));
        for (String article : ARTICLES) {
            QuestionSet set = bank.set(article).orElseThrow();
            assertThat(set.questions()).as(article).extracting(Question::sourceId).containsOnly(article);
        }
    }

    @Test
    void everyArticleAndEveryKindIsRepresented() {
        assertThat(bank.questions()).extracting(Question::sourceId).containsAll(ARTICLES);
        assertThat(bank.questions()).extracting(Question::kind).contains(Kind.values());
    }

    /** Raise these when questions are added; a drop means questions were lost. */
    @Test
    void questionCountsPerArticleDoNotDrop() {
        Map<String, Long> perSource = bank.questions().stream()
                .collect(Collectors.groupingBy(Question::sourceId, Collectors.counting()));
        Map<String, Integer> shipped = Map.of(
                "krums-swan-song", 60,
                "integration-or-imitation", 90,
                "trapped-in-putins-plans", 65,
                "military-support-takeover", 45,
                "belarus-war-involvement", 60);
        shipped.forEach((source, min) -> assertThat(perSource.getOrDefault(source, 0L)).as(source).isGreaterThanOrEqualTo(min));
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(250);
    }

    /** questions/coverage/ lists every fact of each article with the questions that cover it. */
    @Test
    void coverageChecklistsEachNameRealQuestionsAndCiteEveryQuestion() throws Exception {
        Set<String> ids = bank.questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> cited = new HashSet<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\|\\s*\\d+\\s*\\|.*");
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)+");
        try (var files = java.nio.file.Files.list(Path.of("questions/coverage"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : java.nio.file.Files.readAllLines(f)) {
                    if (!row.matcher(line).matches()) {
                        continue;
                    }
                    List<String> refs = id.matcher(line).results().map(java.util.regex.MatchResult::group)
                            .filter(ids::contains).toList();
                    assertThat(refs).as(f.getFileName() + ": " + line).isNotEmpty();
                    cited.addAll(refs);
                }
            }
        }
        assertThat(ids).as("questions missing from every coverage checklist").isSubsetOf(cited);
    }
}
