package org.sourcequiz.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sourcequiz.authoring.ItemAnalysis;
import org.sourcequiz.authoring.ItemAnalysisReport;
import org.sourcequiz.authoring.ResultsAttempt;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Kind;

/**
 * The analyze job: reads every results file and history named (folders searched), then runs the
 * item analysis. Files are read on as many threads as there are cores; the report does not depend
 * on which thread read what, as attempts keep the order of the files.
 */
public final class ResultsAnalysis {
    /** The report and how many files it came from. */
    public record Outcome(ItemAnalysisReport report, int files) {}

    private ResultsAnalysis() {}

    /** Told after each file, from the reading threads, how many of how many files are read. */
    @FunctionalInterface
    public interface Progress {
        void read(int done, int total);
    }

    /**
     * @param bank     the questions the histories were answered on, for their kinds and options;
     *                 asked for only when a history database is among the inputs
     * @param progress told after each file
     * @throws ResultsFileException for the first file (in order) that cannot be read
     */
    public static Outcome run(List<Path> paths, Supplier<Bank> bank, Progress progress) {
        List<ResultsInputs.Input> inputs = ResultsInputs.expand(paths);
        Map<String, Kind> kinds = inputs.stream().anyMatch(in -> in.type() == ResultsInputs.Type.HISTORY)
                ? kinds(bank.get()) : Map.of();
        int n = inputs.size();
        @SuppressWarnings("unchecked")
        List<ResultsAttempt>[] read = new List[n];
        RuntimeException[] failed = new RuntimeException[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < n) {
                try {
                    read[i] = read(inputs.get(i), kinds);
                } catch (RuntimeException e) {
                    failed[i] = e;
                    // Later files are not worth reading once one is broken; earlier ones still finish, so the
                    // error reported is the first in order, whatever the threads did.
                    next.set(n);
                }
                progress.read(done.incrementAndGet(), n);
            }
        };
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 32));
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread th = new Thread(worker, "sourcequiz analyze " + t);
            th.setDaemon(true);
            th.start();
            started.add(th);
        }
        worker.run();
        joinAll(started);
        List<ResultsAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (failed[i] != null) {
                throw failed[i];
            }
            if (read[i] != null) {
                attempts.addAll(read[i]);
            }
        }
        return new Outcome(ItemAnalysis.analyze(attempts), n);
    }

    private static Map<String, Kind> kinds(Bank bank) {
        Map<String, Kind> kinds = new HashMap<>();
        bank.questions().forEach(q -> kinds.putIfAbsent(q.id(), q.kind()));
        return kinds;
    }

    private static List<ResultsAttempt> read(ResultsInputs.Input in, Map<String, Kind> kinds) {
        return switch (in.type()) {
            case JSON -> List.of(ResultsJsonReader.read(in.file(), bytes(in.file())));
            case CSV -> ResultsCsvReader.read(in.file(), bytes(in.file()));
            case HISTORY -> List.of(HistoryAttempts.read(in.file(), kinds));
        };
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ResultsFileException(file + ": cannot read it: " + e.getMessage());
        }
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
