package org.sourcequiz.bank;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.fuzz.Corpus;
import org.sourcequiz.fuzz.Fuzz;
import org.sourcequiz.fuzz.ModelText;
import org.sourcequiz.fuzz.Mutations;
import org.sourcequiz.fuzz.Shape;
import org.sourcequiz.model.Question;
import org.sourcequiz.text.TerminalSafety;

/**
 * Mutated and random question files through every reader. Bad input may only ever become problems
 * (each with a place, a one-line message safe for a terminal) and the questions that survive must
 * hold only safe text: never an exception, never a hang. See {@link Fuzz} for budget and seed.
 */
class ParserFuzzTest {
    private static final String FILE = "fuzz.yaml";
    /** Splits a bank-folder input into its files, so one saved input reproduces the whole folder. */
    private static final byte[] NEXT_FILE = "\n#--next file--\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void yamlQuestionFiles() {
        Mutations m = new Mutations(Corpus.yamlSets(), Mutations.FILE_TOKENS);
        Fuzz.run("question files (YAML)", m::bytes, Shape.BYTES, in -> readSet(in, false));
    }

    @Test
    void jsonQuestionFiles() {
        Mutations m = new Mutations(Corpus.jsonSets(), Mutations.FILE_TOKENS);
        Fuzz.run("question files (JSON)", m::bytes, Shape.BYTES, in -> readSet(in, true));
    }

    @Test
    void sourcesFiles() {
        Mutations m = new Mutations(Corpus.sourcesFiles(), Mutations.FILE_TOKENS);
        Fuzz.run("sources files", m::bytes, Shape.BYTES, in -> {
            Problems problems = new Problems(FILE);
            TreeReader.read(in, false, problems).ifPresent(root -> safeText(SourcesReader.read(root, problems)));
            wellFormed(problems.list());
        });
    }

    /** Whole folders through {@link BankLoader}: a sources file and two sets that may clash with each other. */
    @Test
    void bankFolders(@TempDir Path dir) {
        Mutations sources = new Mutations(Corpus.sourcesFiles(), Mutations.FILE_TOKENS);
        // Small sets only: whole files are the other targets' work, clashes between files are this one's.
        Mutations yaml = new Mutations(Corpus.small(Corpus.yamlSets()), Mutations.FILE_TOKENS);
        Mutations json = new Mutations(Corpus.small(Corpus.jsonSets()), Mutations.FILE_TOKENS);
        // Three files written and read per input: a tenth of the budget in a normal build.
        Fuzz.run("bank folders (BankLoader)", Fuzz.inputs(Fuzz.DEFAULT_INPUTS / 10), r -> folder(r, sources, yaml, json), Shape.BYTES, in -> {
            List<byte[]> files = split(in);
            String[] names = {"sources.yaml", "a.yaml", "b.json"};
            for (int i = 0; i < names.length; i++) {
                Files.write(dir.resolve(names[i]), i < files.size() ? files.get(i) : new byte[0]);
            }
            LoadResult r = new BankLoader(dir).load(List.of(dir));
            wellFormed(r.problems());
            safeText(r.bank());
            for (Problem p : r.problems()) {
                if (!List.of(names).contains(p.file())) {
                    throw new AssertionError("a problem names a file that was not read: " + p.format());
                }
            }
        });
    }

    private static byte[] folder(Random r, Mutations sources, Mutations yaml, Mutations json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] set = yaml.bytes(r);
        out.writeBytes(r.nextInt(4) == 0 ? sources.bytes(r) : Corpus.sourcesFiles().get(Corpus.sourcesFiles().size() - 1)
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(NEXT_FILE);
        out.writeBytes(set);
        out.writeBytes(NEXT_FILE);
        out.writeBytes(json.bytes(r));
        return out.toByteArray();
    }

    private static List<byte[]> split(byte[] in) {
        List<byte[]> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i + NEXT_FILE.length <= in.length; i++) {
            if (Arrays.equals(in, i, i + NEXT_FILE.length, NEXT_FILE, 0, NEXT_FILE.length)) {
                out.add(Arrays.copyOfRange(in, start, i));
                start = i + NEXT_FILE.length;
                i = start - 1;
            }
        }
        out.add(Arrays.copyOfRange(in, start, in.length));
        return out;
    }

    static void readSet(byte[] in, boolean json) {
        Problems problems = new Problems(FILE);
        Optional<Node> root = TreeReader.read(in, json, problems);
        Optional<SetReader.Located> set = root.flatMap(r -> SetReader.read(r, FILE, problems));
        sameWhenStreamed(in, json, problems.list(), set);
        wellFormed(problems.list());
        if (set.isEmpty() && problems.list().stream().noneMatch(Problem::isError)) {
            throw new AssertionError("no set and no error to say why");
        }
        set.ifPresent(s -> {
            safeText(s.set());
            for (Question q : s.set().questions()) {
                if (!QuestionReader.ID.matcher(q.id()).matches()) {
                    throw new AssertionError("question kept with id `" + q.id() + "`");
                }
            }
        });
    }

    /**
     * The loader's way of reading, with each question item handed over as it is parsed and the
     * characters decoded into an array a larger file left behind, reports exactly what reading
     * the whole tree does. The stale characters are made from the input itself, so a failure
     * still reproduces from the one input.
     */
    private static void sameWhenStreamed(byte[] in, boolean json, List<Problem> expected, Optional<SetReader.Located> set) {
        char[] stale = new char[in.length * 2 + 16];
        for (int i = 0; i < stale.length; i++) {
            stale[i] = in.length == 0 ? '-' : (char) (in[i % in.length] & 0x7F);
        }
        Problems problems = new Problems(FILE);
        QuestionItems items = new QuestionItems(FILE, source -> false);
        Optional<SetReader.Located> streamed = TreeReader.read(new ReadBuffers(in, stale), json, problems, items)
                .flatMap(r -> SetReader.read(r, FILE, problems, items));
        if (!problems.list().equals(expected)) {
            throw new AssertionError("streamed read reports " + problems.list() + " where the whole tree reports " + expected);
        }
        if (!streamed.equals(set)) {
            throw new AssertionError("streamed read gives " + streamed + " where the whole tree gives " + set);
        }
    }

    /** A problem has a place and one line of text a terminal shows as it is. */
    static void wellFormed(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.line() < 1 || p.column() < 1 || p.message().isBlank() || p.severity() == null) {
                throw new AssertionError("problem without a place or message: " + p);
            }
            for (String s : List.of(p.file(), p.message(), p.hint(), p.questionId())) {
                if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || TerminalSafety.firstUnsafe(s) >= 0) {
                    throw new AssertionError("problem text is not one safe line: " + p.format());
                }
            }
        }
    }

    /** Text that validation let into the model is safe to show. */
    static void safeText(Object model) {
        for (String s : ModelText.of(model)) {
            if (TerminalSafety.firstUnsafe(s) >= 0) {
                throw new AssertionError("unsafe text in the model: " + s);
            }
        }
    }
}
