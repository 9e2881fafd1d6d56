package org.sourcequiz.bank;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;

/**
 * Loads question files and folders into a {@link Bank}. Sources come from the {@code sources.yaml}
 * beside the files (or one folder up), else from the bundled bank. Every problem is collected;
 * nothing is thrown for bad input.
 */
public final class BankLoader {
    public static final String SOURCES_FILE = "sources.yaml";
    /** Files in a bank folder that are not question sets. */
    private static final Set<String> NOT_SETS = Set.of("sources.yaml", "sources.yml", "sources.json", "schema.json");
    private static final int MAX_FILES = 10_000;

    private final Path workingDir;

    public BankLoader(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** How messages name a file of the bundled bank. */
    public static final String BUNDLED_PREFIX = "bundled:questions/";

    /** The bundled bank, from its build-time snapshot when there is one (see {@link BankSnapshot}). */
    public LoadResult loadBundled() {
        return BundledBank.snapshot().orElseGet(this::loadBundledFiles);
    }

    /** The bundled bank read from its question files, as `validate` needs: every problem, located. */
    public LoadResult loadBundledFiles() {
        return load(List.of(BundledBank.root()));
    }

    public LoadResult load(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> sourceFiles = new LinkedHashSet<>();
        for (Path p : paths) {
            collect(p, files, sourceFiles, problems);
        }
        if (sourceFiles.isEmpty()) {
            sourceFiles.add(BundledBank.root().resolve(SOURCES_FILE));
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Path sf : sourceFiles) {
            readSources(sf, sources, problems);
        }
        List<SetReader.Located> read = new ArrayList<>();
        List<FileRead> reads = SideBySide.map(List.copyOf(files), BankLoader::sizeOf, ReadBuffers::new,
                (file, buffers) -> readSet(file, buffers, sources));
        for (FileRead r : reads) {
            problems.addAll(r.problems());
            r.set().ifPresent(read::add);
        }
        List<QuestionSet> sets = checkAcrossFiles(read, sources, problems);
        problems.sort(Problems.ORDER);
        Map<String, Location> locations = new HashMap<>();
        read.forEach(r -> r.questionsAt().forEach(locations::putIfAbsent));
        return new LoadResult(new Bank(new ArrayList<>(sources.values()), sets), problems, locations);
    }

    /** How a path is shown in messages: relative to the working folder when it is under it. */
    public String display(Path p) {
        if (BundledBank.isBundled(p)) {
            return "bundled:" + p.toString().replaceFirst("^/", "");
        }
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(workingDir) && !abs.equals(workingDir) ? workingDir.relativize(abs).toString() : abs.toString();
    }

    private void collect(Path p, Set<Path> files, Set<Path> sourceFiles, List<Problem> problems) {
        Path path = BundledBank.isBundled(p) ? p : workingDir.resolve(p).normalize();
        if (!Files.exists(path)) {
            problems.add(Files.isSymbolicLink(path) ? danglingLink(path)
                    : fileProblem(path, "no such file or folder", "check the path"));
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> found = new ArrayList<>();
            List<Path> dangling = new ArrayList<>();
            // A folder given through a link is walked at its target (the walk does not follow links,
            // so from the link itself it would find nothing), its files still named under the link.
            try (Stream<Path> walk = Files.isSymbolicLink(path) ? walkLinked(path) : Files.walk(path, 8)) {
                walk.filter(BankLoader::isQuestionFile).sorted().forEach(f -> {
                    if (Files.isRegularFile(f)) {
                        if (found.size() < MAX_FILES) {
                            found.add(f);
                        }
                    } else if (Files.isSymbolicLink(f) && !Files.exists(f)) {
                        dangling.add(f);
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(fileProblem(path, "cannot list the folder: " + reason(e), "check its permissions and links"));
                return;
            }
            if (found.isEmpty() && dangling.isEmpty()) {
                problems.add(fileProblem(path, "no question files (*.yaml, *.yml, *.json) in this folder",
                        "give a folder of question sets or a question file"));
            }
            // A question file's name on a link that leads nowhere is a file the author meant to give, not one to skip.
            dangling.forEach(f -> problems.add(danglingLink(f)));
            files.addAll(found);
            findSources(path).ifPresent(sourceFiles::add);
            return;
        }
        String name = path.getFileName().toString();
        if (name.equals(SOURCES_FILE)) {
            sourceFiles.add(path);
            return;
        }
        if (!isQuestionFile(path)) {
            problems.add(fileProblem(path, "not a question file", "question files end in .yaml, .yml or .json"));
            return;
        }
        files.add(path);
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            findSources(parent).ifPresent(sourceFiles::add);
        }
    }

    private static Stream<Path> walkLinked(Path link) throws IOException {
        Path target = link.toRealPath();
        return Files.walk(target, 8).map(f -> link.resolve(target.relativize(f)));
    }

    private static Optional<Path> findSources(Path dir) {
        for (Path d = dir, up = dir.getParent(); d != null; d = up, up = null) {
            Path s = d.resolve(SOURCES_FILE);
            if (Files.isRegularFile(s)) {
                return Optional.of(s);
            }
            if (up == null) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean isQuestionFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) && !NOT_SETS.contains(name);
    }

    private Optional<Node> readTree(Path file, Problems problems) {
        return readTree(file, problems, new ReadBuffers(), null);
    }

    private Optional<Node> readTree(Path file, Problems problems, ReadBuffers buffers, QuestionItems items) {
        try {
            if (Files.size(file) > TreeReader.MAX_FILE_BYTES) {
                problems.error(Location.START, "", "file is " + Files.size(file) / 1024 + " KiB, over the limit of "
                        + TreeReader.MAX_FILE_BYTES / 1024 + " KiB", "split it into several question sets");
                return Optional.empty();
            }
            buffers.read(file, TreeReader.MAX_FILE_BYTES);
            return TreeReader.read(buffers, TreeReader.isJson(file.toString()), problems, items);
        } catch (IOException e) {
            problems.error(Location.START, "", "cannot read the file: " + reason(e), "check that it exists and is readable");
            return Optional.empty();
        }
    }

    private void readSources(Path file, Map<String, Source> sources, List<Problem> problems) {
        Problems p = new Problems(display(file), problems);
        readTree(file, p).ifPresent(root -> {
            for (Source s : SourcesReader.read(root, p)) {
                Source before = sources.putIfAbsent(s.id(), s);
                if (before != null && !before.equals(s)) {
                    p.error(Location.START, s.id(), "source `" + s.id() + "` is declared differently in two sources files",
                            "keep one declaration");
                }
            }
        });
    }

    private record FileRead(Optional<SetReader.Located> set, List<Problem> problems) {}

    private FileRead readSet(Path file, ReadBuffers buffers, Map<String, Source> sources) {
        Problems p = new Problems(display(file));
        QuestionItems items = new QuestionItems(p.file(), sources::containsKey);
        return new FileRead(readTree(file, p, buffers, items).flatMap(root -> SetReader.read(root, p.file(), p, items)),
                p.list());
    }

    /** Ids unique across the bank, sources known: checks no single file can make. */
    private List<QuestionSet> checkAcrossFiles(List<SetReader.Located> sets, Map<String, Source> sources,
                                               List<Problem> problems) {
        Map<String, String> setIds = new HashMap<>();
        Map<String, SetReader.IdAt> questionIds = new HashMap<>();
        List<QuestionSet> kept = new ArrayList<>();
        for (SetReader.Located located : sets) {
            QuestionSet s = located.set();
            Problems p = new Problems(s.origin(), problems);
            String other = setIds.putIfAbsent(s.id(), s.origin());
            if (other != null) {
                p.error(located.at(), "", "set id `" + s.id() + "` is also used by " + other, "give each set its own id");
                continue;
            }
            Set<String> duplicates = new HashSet<>();
            for (SetReader.IdAt id : located.ids()) {
                SetReader.IdAt first = questionIds.putIfAbsent(id.id(), id);
                if (first != null) {
                    p.error(id.at(), id.id(), "question id `" + id.id() + "` is used twice",
                            "first used at " + first.origin() + ":" + first.at().line() + "; ids must be unique across the bank");
                    duplicates.add(id.id());
                }
            }
            List<Question> qs = new ArrayList<>();
            Set<String> keptIds = new HashSet<>();
            for (Question q : s.questions()) {
                if (duplicates.contains(q.id()) && !keptIds.add(q.id())) {
                    continue;
                }
                // Only an imported set keeps a question without a source.
                if (!q.sourceId().isEmpty() && !sources.containsKey(q.sourceId())) {
                    p.error(located.sourcesAt().getOrDefault(q.id(), located.at()), q.id(), "unknown source `" + q.sourceId() + "`",
                            Fields.didYouMean(q.sourceId(), List.copyOf(sources.keySet())).map(x -> "did you mean `" + x + "`?")
                                    .orElse("declare it in " + SOURCES_FILE));
                    continue;
                }
                qs.add(q);
            }
            kept.add(new QuestionSet(s.id(), s.title(), s.description(), s.tags(), qs, s.origin(), s.imported()));
        }
        return kept;
    }

    /** For reading the largest files first; an unreadable file reports itself when it is read. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private Problem danglingLink(Path link) {
        return fileProblem(link, "symbolic link leads nowhere: its links form a loop or its target is missing",
                "point it at a question file, or remove it");
    }

    private Problem fileProblem(Path path, String message, String hint) {
        return new Problem(display(path), 1, 1, Problem.Severity.ERROR, "", message, hint);
    }

    static String reason(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic links form a loop";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
