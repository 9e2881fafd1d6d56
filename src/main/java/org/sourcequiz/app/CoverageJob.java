package org.sourcequiz.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.authoring.Coverage;
import org.sourcequiz.authoring.FactFinder;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.Source;

/** `coverage`: the fact finder over every article of a bank's sources, against the bank's passages. */
public final class CoverageJob {
    private CoverageJob() {}

    public static List<Coverage.Report> run(Bank bank, Path sourcesDir) {
        if (!Files.isDirectory(sourcesDir)) {
            throw new UserInputException(sourcesDir + ": no such folder (--sources names the folder of article texts)");
        }
        List<Coverage.Report> out = new ArrayList<>();
        for (Source s : bank.sources()) {
            Path file = sourcesDir.resolve(s.file());
            if (s.file().isEmpty() || !Files.isRegularFile(file)) {
                throw new UserInputException(sourcesDir.resolve(s.file().isEmpty() ? s.id() : s.file())
                        + ": the text of source `" + s.id() + "` is not there; check --sources");
            }
            List<String> passages = bank.questions().stream().filter(q -> q.sourceId().equals(s.id()))
                    .map(Question::passage).toList();
            out.add(Coverage.of(s.id(), FactFinder.find(DraftJob.read(file, file.toString())), passages));
        }
        return out;
    }
}
