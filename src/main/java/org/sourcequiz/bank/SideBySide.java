package org.sourcequiz.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Reads a bank's files side by side: they are independent until the checks across them. Each
 * reader thread keeps one state (its {@link ReadBuffers}) from file to file, and the results come
 * back in file order, as if read one after the other. The largest files are read first: the
 * buffers are then sized once, by the first file, and no reader is left with a large file at the
 * end while the others wait.
 *
 * <p>At most {@link #MAX_READERS} threads: each holds a file's bytes and characters while it
 * reads (up to 12 MB), and a load's peak memory grows with every one (issue 6). Plain threads
 * rather than the common fork-join pool, whose start-up a small bank does not repay and whose
 * threads would keep the buffers after the load.
 */
final class SideBySide {
    static final int MAX_READERS = 4;

    private SideBySide() {}

    static <T, S, R> List<R> map(List<T> inputs, ToLongFunction<T> size, Supplier<S> state, BiFunction<T, S, R> read) {
        int readers = Math.min(inputs.size(), Math.min(MAX_READERS, Runtime.getRuntime().availableProcessors()));
        long[] sizes = inputs.stream().mapToLong(size).toArray();
        int[] order = IntStream.range(0, inputs.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> sizes[i]).reversed()).mapToInt(Integer::intValue).toArray();
        Object[] results = new Object[inputs.size()];
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[readers];
        Runnable[] work = new Runnable[readers];
        for (int w = 0; w < readers; w++) {
            int worker = w;
            work[w] = () -> {
                try {
                    S s = state.get();
                    for (int n; (n = next.getAndIncrement()) < inputs.size(); ) {
                        int i = order[n];
                        results[i] = read.apply(inputs.get(i), s);
                    }
                } catch (RuntimeException | Error e) {
                    failure[worker] = e;
                    next.set(inputs.size()); // the others stop at their next file
                }
            };
        }
        List<Thread> threads = new ArrayList<>();
        for (int w = 1; w < readers; w++) {
            Thread t = new Thread(work[w], "sourcequiz reader " + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        if (readers > 0) {
            work[0].run();
        }
        threads.forEach(SideBySide::joinUninterruptibly);
        for (Throwable f : failure) {
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }

    /** A load is not abandoned halfway; an interrupt is kept for the caller to see after it. */
    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
