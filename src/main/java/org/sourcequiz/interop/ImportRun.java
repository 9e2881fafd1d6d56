package org.sourcequiz.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/**
 * One import of one or more files: ids stay unique across all of them, and a category met in
 * several files fills one set.
 */
public final class ImportRun {
    private final Slug questionIds = new Slug();
    private final ToModel mapper = new ToModel(questionIds);
    private final Map<String, SetBuilder> sets = new LinkedHashMap<>();
    private final List<FileReport> reports = new ArrayList<>();

    private record SetBuilder(String id, String title, List<Question> questions) {}

    /** Reads one file's content and maps its questions; {@code format} null means found from the content. */
    public FileReport add(String fileName, String content, InteropFormat format) {
        return add(fileName, content, format, n -> { });
    }

    /** As {@link #add(String, String, InteropFormat)}, telling {@code progress} every 500 questions mapped. */
    public FileReport add(String fileName, String content, InteropFormat format, java.util.function.IntConsumer progress) {
        InteropFormat f = format != null ? format : InteropFormat.detect(fileName, content);
        Parsed parsed = switch (f) {
            case GIFT -> GiftReader.read(content);
            case AIKEN -> AikenReader.read(content);
            case MOODLEXML -> MoodleXmlReader.read(content);
        };
        String stem = fileStem(fileName);
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Integer> types = new TreeMap<>();
        int imported = 0;
        int mapped = 0;
        for (MoodleQuestion q : parsed.questions()) {
            types.merge(q.qtype(), 1, Integer::sum);
            if (++mapped % 500 == 0) {
                progress.accept(mapped);
            }
            String title = SetNaming.title(q.category(), stem);
            SetBuilder set = sets.computeIfAbsent(title, t -> new SetBuilder(uniqueSetId(t), t, new ArrayList<>()));
            Mapped m = mapper.map(q, set.id());
            problems.addAll(m.problems());
            if (m.question() != null) {
                set.questions().add(m.question());
                imported++;
            }
        }
        problems.sort(ImportProblem.BY_LINE);
        int errors = (int) parsed.problems().stream().filter(p -> p.severity().equals(ImportProblem.ERROR)).count();
        FileReport r = new FileReport(fileName, f.cliName(), parsed.questions().size(), imported,
                parsed.questions().size() - imported, errors, types, problems);
        reports.add(r);
        return r;
    }

    private final Slug setIds = new Slug();

    private String uniqueSetId(String title) {
        return setIds.unique(SetNaming.id(title));
    }

    static String fileStem(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The sets read so far that hold at least one question, marked as imported. */
    public List<QuestionSet> sets() {
        List<QuestionSet> out = new ArrayList<>();
        for (SetBuilder b : sets.values()) {
            if (!b.questions().isEmpty()) {
                out.add(new QuestionSet(b.id(), b.title(), "", List.of(), b.questions(), b.id() + ".yaml", true));
            }
        }
        return out;
    }

    public List<FileReport> reports() {
        return List.copyOf(reports);
    }

    public boolean hasErrors() {
        return reports.stream().anyMatch(r -> r.errors() > 0);
    }
}
