package org.sourcequiz.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work started at once on a thread of its own, whose result is taken when it is needed. A plain
 * thread, not the common fork-join pool: setting that pool up costs a cold start milliseconds.
 */
public final class Background<T> implements Supplier<T> {
    private final FutureTask<T> task;

    private Background(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    public static <T> Background<T> start(String name, Supplier<T> work) {
        Background<T> b = new Background<>(work);
        Thread t = new Thread(b.task, "sourcequiz " + name);
        t.setDaemon(true);
        t.start();
        return b;
    }

    /** The result, waiting for it if need be; what the work threw is thrown here. */
    @Override
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The result when the work is done, else {@code otherwise}. */
    public T getNow(T otherwise) {
        return task.isDone() ? get() : otherwise;
    }
}
