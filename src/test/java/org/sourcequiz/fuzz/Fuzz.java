package org.sourcequiz.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A small mutation fuzzer: makes inputs from a seeded {@link Random}, runs each through a target
 * under a deadline, and fails on the first input that throws, breaks a property or hangs. Input
 * {@code i} depends only on the seed and {@code i}, so a failure reproduces from the seed it prints;
 * the input is also saved under {@code target/fuzz/}, with a shrunk copy when shrinking keeps it failing.
 * The deadline counts the CPU time an input takes (see {@link Worker}).
 *
 * <p>System properties: {@code fuzz.inputs} (inputs per target, default {@value #DEFAULT_INPUTS}, the
 * budget of {@code mvn verify}), {@code fuzz.seed} (default fixed so the build is repeatable) and
 * {@code fuzz.deadline.ms} (per input, default 1000).
 */
public final class Fuzz {
    public static final int DEFAULT_INPUTS = 2_000;
    private static final long DEFAULT_SEED = 20_240_601L;
    static final Path OUT = Path.of("target", "fuzz");

    private Fuzz() {}

    /** What a target does with one input; throwing anything (an AssertionError included) is a failure. */
    @FunctionalInterface
    public interface Target<T> {
        void accept(T input) throws Exception;
    }

    public static int inputs() {
        return inputs(DEFAULT_INPUTS);
    }

    /** {@code fuzz.inputs} when given, else {@code verifyBudget}: for targets too slow for the default. */
    public static int inputs(int verifyBudget) {
        return Integer.getInteger("fuzz.inputs", verifyBudget);
    }

    public static long seed() {
        return Long.getLong("fuzz.seed", DEFAULT_SEED);
    }

    private static long deadlineMillis() {
        return Long.getLong("fuzz.deadline.ms", 1_000);
    }

    /** Input {@code i}'s own generator: independent of how many inputs came before it. */
    static Random randomFor(long seed, int i) {
        return new Random(seed * 0x9E3779B97F4A7C15L + i);
    }

    /** Runs {@code count} inputs made by {@code make} through {@code target}; fails naming the first bad one. */
    public static <T> void run(String name, int count, Function<Random, T> make, Shape<T> shape, Target<T> target) {
        long seed = seed();
        long start = System.nanoTime();
        try (Worker worker = new Worker(name)) {
            for (int i = 0; i < count; i++) {
                T input = make.apply(randomFor(seed, i));
                Throwable failure = worker.attempt(target, input);
                if (failure != null) {
                    worker.close();
                    throw report(name, seed, i, input, shape, target, failure);
                }
            }
        }
        summary(name, count, System.nanoTime() - start, seed);
    }

    public static <T> void run(String name, Function<Random, T> make, Shape<T> shape, Target<T> target) {
        run(name, inputs(), make, shape, target);
    }

    /**
     * One daemon thread that runs the inputs, so a target stuck in a loop cannot keep the test JVM
     * alive. An input's deadline counts the CPU time it uses, not the time on the clock: on a
     * machine shared with other builds a fast input may wait its turn for a second, a slow one
     * cannot hide. A wall-clock limit of ten deadlines catches an input that blocks instead.
     */
    private static final class Worker implements AutoCloseable {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final long POLL_MS = 10;
        private static final long NOT_STARTED = Long.MIN_VALUE;

        private final ExecutorService executor;
        private volatile long threadId = -1;

        Worker(String name) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz " + name);
                t.setDaemon(true);
                threadId = t.getId();
                return t;
            });
        }

        /** The failure, or null when the target accepted the input in time. */
        <T> Throwable attempt(Target<T> target, T input) {
            // The worker's CPU clock when the input started: NOT_STARTED until then, -1 where there is no CPU clock.
            AtomicLong cpuAtStart = new AtomicLong(NOT_STARTED);
            Future<?> f = executor.submit(() -> {
                cpuAtStart.set(THREADS.getCurrentThreadCpuTime());
                target.accept(input);
                return null;
            });
            long deadline = TimeUnit.MILLISECONDS.toNanos(deadlineMillis());
            long wallStart = System.nanoTime();
            while (true) {
                try {
                    f.get(POLL_MS, TimeUnit.MILLISECONDS);
                    return null;
                } catch (ExecutionException e) {
                    return e.getCause();
                } catch (TimeoutException e) {
                    long wall = System.nanoTime() - wallStart;
                    long started = cpuAtStart.get();
                    boolean cpuOver = started >= 0 && THREADS.getThreadCpuTime(threadId) - started > deadline;
                    boolean wallOver = wall > (started == -1 ? deadline : 10 * deadline);
                    if (cpuOver || wallOver) {
                        f.cancel(true);
                        return new TimeoutException("took more than " + deadlineMillis() + " ms" + (cpuOver ? " of CPU time" : ""));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return e;
                }
            }
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    private static <T> AssertionError report(String name, long seed, int index, T input, Shape<T> shape,
                                             Target<T> target, Throwable failure) {
        String file = slug(name) + "-" + seed + "-" + index;
        Path saved = save(file + ".input", shape.save(input));
        String shrunkNote = "";
        if (!(failure instanceof TimeoutException)) {
            T small = shrink(input, shape, target, failure.getClass());
            if (shape.length(small) < shape.length(input)) {
                Path s = save(file + ".shrunk", shape.save(small));
                shrunkNote = "\n  shrunk to " + shape.length(small) + " units: " + shape.show(small) + " (saved to " + s + ")";
            }
        }
        return new AssertionError("fuzz " + name + ": input #" + index + " (seed " + seed
                + ", rerun with -Dfuzz.seed=" + seed + ") failed with " + failure
                + "\n  input (" + shape.length(input) + " units, saved to " + saved + "): " + shape.show(input)
                + shrunkNote, failure);
    }

    /**
     * Removes ever smaller chunks while the target still fails with the same kind of exception:
     * a few hundred tries turn a mutated 10 KB file into the handful of characters that matter.
     */
    static <T> T shrink(T input, Shape<T> shape, Target<T> target, Class<?> kind) {
        try (Worker worker = new Worker("shrink")) {
            T best = input;
            int tries = 0;
            for (int chunk = Math.max(1, shape.length(best) / 2); chunk >= 1 && tries < 2_000; chunk /= 2) {
                for (int at = 0; at < shape.length(best) && tries < 2_000; ) {
                    T smaller = shape.cut(best, at, Math.min(shape.length(best), at + chunk));
                    if (shape.length(smaller) >= shape.length(best)) {
                        return best;
                    }
                    tries++;
                    Throwable t = worker.attempt(target, smaller);
                    if (t instanceof TimeoutException) {
                        return best; // the worker is stuck on that input; keep what was shrunk so far
                    }
                    if (t != null && t.getClass() == kind) {
                        best = smaller;
                    } else {
                        at += chunk;
                    }
                }
            }
            return best;
        }
    }

    private static void summary(String name, int count, long nanos, long seed) {
        String line = String.format("fuzz %-28s %,9d inputs in %6.1f s (seed %d)", name, count, nanos / 1e9, seed);
        System.out.println(line);
        try {
            Files.createDirectories(OUT);
            Files.writeString(OUT.resolve("summary.txt"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path save(String file, byte[] content) {
        try {
            Files.createDirectories(OUT);
            return Files.write(OUT.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
