package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named people with the role the article gives them: "Oleksii Hromov, the deputy chief of
 * …," "German Finance Minister Olaf Scholz", "the illegitimate President of Belarus, Alexander
 * Lukashenko". The first role an article gives a person is kept.
 */
final class PersonFinder {
    private static final String ROLE_NOUN = "(?:President|president|Minister|minister|leader|expert|General|Rapporteur"
            + "|Secretary|spokesman|spokeswoman|Chancellor|analyst|sociologist|scientist|journalist|director|chief|head)";
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("(?<![\\p{L}])(?<name>" + Names.NAME + "),\\s"
            + "(?<role>(?:the|a|an|deputy|head|chief|former|senior)\\s[^,.;:“”\"]{3,140}?|\\p{Lu}\\p{L}*’s?\\s\\p{Ll}[^,.;:“”\"]{2,120}?)"
            + "(?=,|\\.|;|\\s(?:made|stated|said|says|asserted|claimed|told|wrote|noted|added|warned|noticed)\\b)");
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?<![\\p{L}])(?<role>(?:\\p{Lu}[\\p{L}-]*\\s){0,3}"
            + ROLE_NOUN + ")\\s(?<name>" + Names.NAME + ")(?![\\p{L}])");
    private static final Pattern THE_ROLE_NAME = Pattern.compile("(?<![\\p{L}])(?<role>the\\s[^,.;:“”\"]{3,80}?),\\s(?<name>"
            + Names.NAME + "),");

    private PersonFinder() {}

    static List<Person> find(Article article, List<Sentence> sentences) {
        List<Person> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : sentences) {
            for (Pattern p : List.of(NAME_THEN_ROLE, ROLE_THEN_NAME, THE_ROLE_NAME)) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    String name = Names.trimmed(m.group("name"));
                    String role = m.group("role").strip();
                    if (name == null || role.split("\\s+").length > 16 || !seen.add(name)) {
                        continue;
                    }
                    out.add(new Person(name, role, Spot.in(article, s, s.start() + m.start(), s.start() + m.end())));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.at().start(), b.at().start()));
        return out;
    }
}
