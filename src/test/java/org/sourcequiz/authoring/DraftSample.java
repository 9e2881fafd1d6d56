package org.sourcequiz.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The precision sample: drafts the articles given, shuffles all drafts with a fixed seed and
 * prints the first 50 (id, prompt, answer fields, passage) for judging by hand against the article.
 * Run: java -cp … org.sourcequiz.authoring.DraftSample SEED FILE...
 */
public final class DraftSample {
    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        List<Draft> all = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
            Article a = ArticleReader.read(args[i], p.getFileName().toString(), Files.readAllBytes(p));
            all.addAll(Drafter.draft(FactFinder.find(a), "a" + (i - 1)));
        }
        Collections.shuffle(all, new Random(seed));
        System.out.println("drafts: " + all.size());
        for (Draft d : all.subList(0, Math.min(50, all.size()))) {
            System.out.println("### " + d.id() + " (" + d.kind() + ", line " + d.line() + ")");
            System.out.println("prompt: " + d.prompt());
            System.out.println("answer: " + d.fields());
            System.out.println();
        }
    }
}
