package org.sourcequiz.bank;

import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DatePrecision;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;
import org.sourcequiz.model.Stem;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/**
 * A validated bank in a compact binary form, written at build time from the bundled question
 * files and read back at start-up without Jackson: parsing 460 questions of YAML in a cold JVM
 * costs a quarter of a second, reading this a few milliseconds. Only a bank with no errors is
 * ever written, so a snapshot needs no checks beyond its own format.
 */
public final class BankSnapshot {
    /** Changes whenever the layout below does; a snapshot of another version is not read. */
    static final int VERSION = 3;
    private static final int MAGIC = 0x53514231; // "SQB1"

    private BankSnapshot() {}

    public static void write(LoadResult loaded, DataOutputStream out) throws IOException {
        if (loaded.hasErrors()) {
            throw new IllegalArgumentException("a bank with errors is never snapshotted");
        }
        Bank bank = loaded.bank();
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(bank.sources().size());
        for (Source s : bank.sources()) {
            writeSource(s, out);
        }
        out.writeInt(bank.sets().size());
        for (QuestionSet set : bank.sets()) {
            writeText(set.id(), out);
            writeText(set.title(), out);
            writeText(set.description(), out);
            writeStrings(set.tags(), out);
            writeText(set.origin(), out);
            out.writeBoolean(set.imported());
            out.writeInt(set.questions().size());
            for (Question q : set.questions()) {
                writeQuestion(q, loaded.questionLocations().getOrDefault(q.id(), Location.START), out);
            }
        }
    }

    /**
     * The bank, with where each question starts in its file, as {@link BankLoader} gave it. Read
     * from a buffer rather than a stream: a stream's readInt is four calls, and start-up runs this
     * before any of it is compiled.
     */
    public static LoadResult read(byte[] data) throws IOException {
        try {
            return read(ByteBuffer.wrap(data));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("damaged snapshot: " + e, e);
        }
    }

    private static LoadResult read(ByteBuffer in) throws IOException {
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IOException("not a question bank snapshot of version " + VERSION);
        }
        List<Source> sources = readList(in, BankSnapshot::readSource);
        Map<String, Location> locations = new HashMap<>();
        List<QuestionSet> sets = readList(in, i -> {
            String id = readText(i);
            String title = readText(i);
            String description = readText(i);
            List<String> tags = readStrings(i);
            String origin = readText(i);
            boolean imported = i.get() != 0;
            List<Question> questions = readList(i, qi -> readQuestion(qi, locations));
            return new QuestionSet(id, title, description, tags, questions, origin, imported);
        });
        return new LoadResult(new Bank(sources, sets), List.of(), locations);
    }

    private static void writeSource(Source s, DataOutputStream out) throws IOException {
        writeText(s.id(), out);
        writeText(s.title(), out);
        writeStrings(s.authors(), out);
        writeText(s.published().iso(), out);
        out.writeBoolean(s.published().estimated());
        writeText(s.published().reason(), out);
        writeText(s.outlet(), out);
        writeText(s.note(), out);
        writeText(s.file(), out);
    }

    private static Source readSource(ByteBuffer in) throws IOException {
        return new Source(readText(in), readText(in), readStrings(in),
                new Published(readText(in), (in.get() != 0), readText(in)), readText(in), readText(in), readText(in));
    }

    private static void writeQuestion(Question q, Location at, DataOutputStream out) throws IOException {
        out.writeByte(q.kind().ordinal());
        writeStem(q.stem(), out);
        out.writeInt(at.line());
        out.writeInt(at.column());
        switch (q.kind()) {
            case CHOICE -> {
                ChoiceQuestion c = (ChoiceQuestion) q;
                writeStrings(c.choices(), out);
                out.writeInt(c.answer());
                writeDoubles(c.weights(), out);
                writeStrings(c.feedback(), out);
            }
            case MULTI -> {
                MultiQuestion m = (MultiQuestion) q;
                writeStrings(m.choices(), out);
                out.writeInt(m.answers().size());
                for (int a : m.answers()) {
                    out.writeInt(a);
                }
                writeDoubles(m.weights(), out);
                writeStrings(m.feedback(), out);
            }
            case TRUEFALSE -> {
                TrueFalseQuestion t = (TrueFalseQuestion) q;
                out.writeBoolean(t.answer());
                writeText(t.feedbackTrue(), out);
                writeText(t.feedbackFalse(), out);
            }
            case NUMBER -> {
                NumberQuestion n = (NumberQuestion) q;
                writeText(n.value() == null ? null : n.value().toPlainString(), out);
                writeText(n.low().toPlainString(), out);
                writeText(n.high().toPlainString(), out);
                writeText(n.unit(), out);
                out.writeInt(n.alternatives().size());
                for (NumberQuestion.Band b : n.alternatives()) {
                    writeText(b.value() == null ? null : b.value().toPlainString(), out);
                    writeText(b.low().toPlainString(), out);
                    writeText(b.high().toPlainString(), out);
                    out.writeDouble(b.weight());
                    writeText(b.feedback(), out);
                }
                writeText(n.otherFeedback(), out);
            }
            case DATE -> {
                DateQuestion d = (DateQuestion) q;
                // A day number, not ISO text: parsing the first date costs a cold JVM its whole formatter machinery.
                out.writeLong(d.date().toEpochDay());
                out.writeByte(d.precision().ordinal());
            }
            case TEXT -> {
                TextQuestion t = (TextQuestion) q;
                writeStrings(t.accepted(), out);
                writeDoubles(t.weights(), out);
                writeStrings(t.feedback(), out);
                writeText(t.otherFeedback(), out);
            }
            case ORDER -> writeStrings(((OrderQuestion) q).items(), out);
            case MATCH -> {
                MatchQuestion m = (MatchQuestion) q;
                out.writeInt(m.pairs().size());
                for (MatchQuestion.Pair p : m.pairs()) {
                    writeText(p.left(), out);
                    writeText(p.right(), out);
                }
                writeStrings(m.distractors(), out);
            }
            case OPEN -> writeText(((OpenQuestion) q).modelAnswer(), out);
        }
    }

    private static Question readQuestion(ByteBuffer in, Map<String, Location> locations) throws IOException {
        Kind kind = Kind.values()[Byte.toUnsignedInt(in.get())];
        Stem stem = readStem(in);
        locations.put(stem.id(), new Location(in.getInt(), in.getInt()));
        return switch (kind) {
            case CHOICE -> new ChoiceQuestion(stem, readStrings(in), in.getInt(), readDoubles(in), readStrings(in));
            case MULTI -> new MultiQuestion(stem, readStrings(in), readList(in, ByteBuffer::getInt), readDoubles(in),
                    readStrings(in));
            case TRUEFALSE -> new TrueFalseQuestion(stem, (in.get() != 0), readText(in), readText(in));
            case NUMBER -> new NumberQuestion(stem, readNumber(in), readNumber(in), readNumber(in), readText(in),
                    readList(in, i -> new NumberQuestion.Band(readNumber(i), readNumber(i), readNumber(i), i.getDouble(),
                            readText(i))), readText(in));
            case DATE -> new DateQuestion(stem, LocalDate.ofEpochDay(in.getLong()), DatePrecision.values()[Byte.toUnsignedInt(in.get())]);
            case TEXT -> new TextQuestion(stem, readStrings(in), readDoubles(in), readStrings(in), readText(in));
            case ORDER -> new OrderQuestion(stem, readStrings(in));
            case MATCH -> new MatchQuestion(stem,
                    readList(in, i -> new MatchQuestion.Pair(readText(i), readText(i))), readStrings(in));
            case OPEN -> new OpenQuestion(stem, readText(in));
        };
    }

    private static void writeStem(Stem s, DataOutputStream out) throws IOException {
        writeText(s.id(), out);
        writeText(s.prompt(), out);
        writeText(s.sourceId(), out);
        writeText(s.passage(), out);
        writeText(s.explain(), out);
        writeStrings(s.tags(), out);
        out.writeInt(s.difficulty());
        out.writeInt(s.points());
        writeStrings(s.highlights(), out);
        writeText(s.event(), out);
        out.writeBoolean(s.draft());
    }

    private static Stem readStem(ByteBuffer in) throws IOException {
        return new Stem(readText(in), readText(in), readText(in), readText(in), readText(in), readStrings(in),
                in.getInt(), in.getInt(), readStrings(in), readText(in), in.get() != 0);
    }

    private static BigDecimal readNumber(ByteBuffer in) throws IOException {
        String text = readText(in);
        return text == null ? null : new BigDecimal(text);
    }

    /**
     * Not writeUTF: it stops at 64 KiB of encoded text, and a passage may be longer. Length -1
     * stands for null, which optional fields (a range question's single value) may hold.
     */
    private static void writeText(String s, DataOutputStream out) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static void writeStrings(List<String> list, DataOutputStream out) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            writeText(s, out);
        }
    }

    private static List<String> readStrings(ByteBuffer in) throws IOException {
        return readList(in, BankSnapshot::readText);
    }

    private static void writeDoubles(List<Double> list, DataOutputStream out) throws IOException {
        out.writeInt(list.size());
        for (double d : list) {
            out.writeDouble(d);
        }
    }

    private static List<Double> readDoubles(ByteBuffer in) throws IOException {
        return readList(in, ByteBuffer::getDouble);
    }

    private interface Reader<T> {
        T read(ByteBuffer in) throws IOException;
    }

    private static <T> List<T> readList(ByteBuffer in, Reader<T> item) throws IOException {
        int n = in.getInt();
        if (n < 0) {
            throw new IOException("damaged snapshot: negative count");
        }
        List<T> list = new ArrayList<>(Math.min(n, 4096));
        for (int i = 0; i < n; i++) {
            list.add(item.read(in));
        }
        return list;
    }
}
