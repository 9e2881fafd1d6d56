package org.sourcequiz.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.interop.AikenWriter;
import org.sourcequiz.interop.ExportProblem;
import org.sourcequiz.interop.Exported;
import org.sourcequiz.interop.GiftWriter;
import org.sourcequiz.interop.InteropFormat;
import org.sourcequiz.interop.MoodleXmlWriter;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/** {@code sourcequiz export}: sets of a bank as GIFT, Moodle XML or Aiken, with what could not go. */
public final class ExportJob {
    /** The report of {@code export --report json}. */
    public record Report(String file, String format, int exported, int skipped, List<ExportProblem> problems) {}

    private ExportJob() {}

    /** The sets named (all when none), each cut to the questions with one of {@code tags} (all when none). */
    public static List<QuestionSet> select(Bank bank, List<String> setIds, List<String> tags) {
        for (String id : setIds) {
            if (bank.set(id).isEmpty()) {
                throw new ImportJob.Failure("no set `" + id + "`; `sourcequiz list` shows the sets");
            }
        }
        List<QuestionSet> out = new ArrayList<>();
        for (QuestionSet s : bank.sets()) {
            if (!setIds.isEmpty() && !setIds.contains(s.id())) {
                continue;
            }
            List<Question> qs = s.questions().stream()
                    .filter(q -> tags.isEmpty() || q.tags().stream().anyMatch(tags::contains)).toList();
            if (!qs.isEmpty()) {
                out.add(new QuestionSet(s.id(), s.title(), s.description(), s.tags(), qs, s.origin(), s.imported()));
            }
        }
        return out;
    }

    public static Exported render(Bank bank, List<QuestionSet> sets, InteropFormat format) {
        return switch (format) {
            case GIFT -> GiftWriter.write(bank, sets);
            case MOODLEXML -> MoodleXmlWriter.write(bank, sets);
            case AIKEN -> AikenWriter.write(sets);
        };
    }

    public static Report run(Bank bank, List<String> setIds, List<String> tags, InteropFormat format, Path out, String shownName) {
        List<QuestionSet> sets = select(bank, setIds, tags);
        if (sets.isEmpty()) {
            throw new ImportJob.Failure("no question matches the --set and --tag given");
        }
        Exported e = render(bank, sets, format);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, e.text(), StandardCharsets.UTF_8);
        } catch (IOException x) {
            throw new ImportJob.Failure(shownName + ": cannot be written (" + x.getMessage() + ")");
        }
        int skipped = (int) e.problems().stream().filter(p -> p.severity().equals("skipped")).count();
        return new Report(shownName, format.cliName(), e.exported(), skipped, e.problems());
    }
}
