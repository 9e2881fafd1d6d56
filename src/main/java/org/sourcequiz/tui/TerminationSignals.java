package org.sourcequiz.tui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * SIGINT, SIGTERM and SIGHUP while the text UI runs. Left to the JVM, they start the shutdown
 * hooks while the UI thread goes on drawing: Lanterna's hook left the alternate screen, the UI
 * then drew another frame over the shell, and ours failed on a terminal already given back. So
 * the first signal only asks the UI to stop at its next turn (it looks every 20 ms); the caller
 * restores the terminal and exits with 128 + the signal's number, with every answer already
 * saved. A second signal, or a UI that has not stopped within {@link #GRACE_MS}, forces it:
 * the terminal is restored from here and the JVM exits at once.
 *
 * <p>The handlers are {@code sun.misc.Signal}'s (module jdk.unsupported, which Lanterna also uses
 * for SIGWINCH), reached by reflection only because javac warns at every mention of a sun.* type
 * and no option silences it under --release: the build stays free of warnings.
 */
public final class TerminationSignals implements AutoCloseable {
    static final long GRACE_MS = 3_000;
    private static final String[] NAMES = {"INT", "TERM", "HUP"};

    private final IntConsumer stop;
    private final IntConsumer force;
    private final long graceMs;
    /** The handlers ours replaced, by signal, given back on close. */
    private final Map<Object, Object> previous = new LinkedHashMap<>();
    private Posix posix;
    private int first;
    private Thread watchdog;
    private boolean closed;

    /**
     * @param stop  told the signal's number when the first signal comes; must return at once
     * @param force told the first signal's number when the UI must go now; does not return
     */
    TerminationSignals(IntConsumer stop, IntConsumer force, long graceMs) {
        this.stop = stop;
        this.force = force;
        this.graceMs = graceMs;
    }

    /** Handles the three signals from now until {@link #close()}. */
    public static TerminationSignals install(IntConsumer stop, IntConsumer force) {
        TerminationSignals t = new TerminationSignals(stop, force, GRACE_MS);
        try {
            t.posix = new Posix();
            Object handler = t.posix.handler(t::received);
            for (String name : NAMES) {
                Object signal = t.posix.signal(name);
                try {
                    Object old = t.posix.handle(signal, handler);
                    if (old == t.posix.ignored) {
                        // Started under nohup (or with the signal ignored on purpose): keep it ignored.
                        t.posix.handle(signal, old);
                    } else {
                        t.previous.put(signal, old);
                    }
                } catch (IllegalArgumentException reservedByTheJvm) {
                    // -Xrs, or a platform without this signal: SystemTerminal's shutdown hook still restores the terminal.
                }
            }
        } catch (ReflectiveOperationException | RuntimeException noSignalApi) {
            // A JVM without jdk.unsupported: the signals not handled yet go to the shutdown hooks, as before.
        }
        return t;
    }

    /** A signal came: the first one asks, the second one (or the end of the grace time) forces. */
    void received(int number) {
        int forceWith;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (first == 0) {
                first = number;
                stop.accept(number);
                watchdog = new Thread(() -> expire(number), "sourcequiz signal grace");
                watchdog.setDaemon(true);
                watchdog.start();
                return;
            }
            forceWith = first;
        }
        force.accept(forceWith);
    }

    private void expire(int number) {
        try {
            Thread.sleep(graceMs);
        } catch (InterruptedException cancelled) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        force.accept(number);
    }

    /** The first signal's number, or 0. */
    synchronized int first() {
        return first;
    }

    /** Gives the signals back to the JVM's handlers and stops the grace timer. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (watchdog != null) {
                watchdog.interrupt();
            }
        }
        if (posix != null) {
            previous.forEach((signal, old) -> {
                try {
                    posix.handle(signal, old);
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    // It was handled a moment ago; if it cannot be given back, ours stays and ignores it once closed.
                }
            });
        }
        previous.clear();
    }

    /** sun.misc.Signal and SignalHandler, through reflection. */
    private static final class Posix {
        private final Class<?> signalClass = Class.forName("sun.misc.Signal");
        private final Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
        private final Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
        private final Method number = signalClass.getMethod("getNumber");
        final Object ignored = handlerClass.getField("SIG_IGN").get(null);

        Posix() throws ReflectiveOperationException {}

        Object signal(String name) throws ReflectiveOperationException {
            return signalClass.getConstructor(String.class).newInstance(name);
        }

        Object handler(IntConsumer received) {
            // In this jar's class loader, as Lanterna makes its handler for SIGWINCH: one proxy class serves
            // both, and a cold JVM takes some milliseconds to make each.
            return Proxy.newProxyInstance(TerminationSignals.class.getClassLoader(), new Class<?>[] {handlerClass}, (proxy, m, args) ->
                    switch (m.getName()) {
                        case "handle" -> {
                            received.accept((Integer) number.invoke(args[0]));
                            yield null;
                        }
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> "sourcequiz signal handler";
                    });
        }

        /** Signal.handle: the handler it replaces; IllegalArgumentException when the JVM keeps that signal. */
        Object handle(Object signal, Object handler) throws ReflectiveOperationException {
            try {
                return handle.invoke(null, signal, handler);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException iae) {
                    throw iae;
                }
                throw e;
            }
        }
    }
}
