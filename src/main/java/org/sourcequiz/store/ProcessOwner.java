package org.sourcequiz.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Tells whether the process that started a session is still running, so it is not offered for resuming. */
public final class ProcessOwner {
    /** Start times read back from the system are only as exact as its clock ticks. */
    private static final Duration SAME_START = Duration.ofSeconds(2);

    private ProcessOwner() {}

    public static long currentPid() {
        return ProcessHandle.current().pid();
    }

    /** When this process started, or null where the system does not say. */
    public static Instant currentStart() {
        return ProcessHandle.current().info().startInstant().orElse(null);
    }

    /** True when process {@code pid} runs and, if {@code startedAt} is known, is the same process (not a reused pid). */
    public static boolean isAlive(long pid, Instant startedAt) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        if (startedAt == null) {
            return true;
        }
        return h.get().info().startInstant()
                .map(s -> Duration.between(s, startedAt).abs().compareTo(SAME_START) <= 0)
                .orElse(true);
    }
}
