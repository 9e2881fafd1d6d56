package org.sourcequiz.authoring;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what the fact finder finds in articles, for looking at by eye: `PrintFacts FILE...`. */
public final class PrintFacts {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path p = Path.of(a);
            Facts f = FactFinder.find(ArticleReader.read(a, p.getFileName().toString(), Files.readAllBytes(p)));
            System.out.println("== " + a + " published " + f.published());
            for (Fact fact : f.all()) {
                String extra;
                if (fact instanceof DateFact d) {
                    extra = d.date() + (d.isRange() ? " .. " + d.until() : "") + (d.yearStated() ? "" : " (year assumed)") + " " + d.cue();
                } else if (fact instanceof FigureFact g) {
                    extra = g.value() + (g.high() != null ? ".." + g.high() : "") + " [" + g.unit() + "]" + (g.rank() ? " rank" : "");
                } else {
                    QuoteFact q = (QuoteFact) fact;
                    extra = q.attribution() + " by " + q.speaker() + " {" + q.role() + "}: " + q.words();
                }
                System.out.println(fact.at().line() + " " + fact.kind() + " «" + fact.at().text() + "» " + extra);
            }
            for (Person p2 : f.people()) {
                System.out.println("person " + p2.name() + " = " + p2.role());
            }
        }
    }
}
