package org.sourcequiz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;

/**
 * One load of a bank folder in a JVM of its own, as a user's process does it once: prints the
 * time it took, the peak heap it used and the heap still live afterwards. {@code bench/jmh.sh}
 * runs it under {@code -Xmx256m} and {@code /usr/bin/time} for the process's peak RSS.
 *
 * <p>Usage: {@code LoadMemory loader|jackson DIR}. {@code jackson} parses the same files into
 * plain trees and keeps nothing: the floor of a process that reads the bank at all.
 */
public final class LoadMemory {
    private LoadMemory() {}

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        AtomicLong peak = watchPeakHeap();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        Object kept;
        long questions;
        if (mode.equals("loader")) {
            LoadResult r = new BankLoader(Path.of("")).load(List.of(dir));
            if (r.hasErrors()) {
                throw new IllegalStateException(r.errorCount() + " errors, first: " + r.problems().get(0));
            }
            questions = r.bank().sets().stream().mapToInt(s -> s.questions().size()).sum();
            kept = r;
        } else {
            questions = jacksonTrees(dir);
            kept = null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time as well: on a shared machine the wall time says as much about the neighbours.
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long usedNow = heapUsed();
        peak.accumulateAndGet(usedNow, Math::max);
        System.gc();
        long live = heapUsed();
        Reference.reachabilityFence(kept);
        pause(); // GC notifications arrive on another thread
        long gcMs = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        System.out.printf(Locale.ROOT, "mode=%s questions=%d seconds=%.2f qps=%.0f cpu_s=%.2f peak_heap_mb=%.1f live_heap_mb=%.1f gc_ms=%d%n",
                mode, questions, seconds, questions / seconds, cpuSeconds, peak.get() / 1048576.0, live / 1048576.0, gcMs);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long jacksonTrees(Path dir) throws IOException {
        // The loader's own limit on a file's size, where SnakeYAML's default stops at 3 MB.
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(4 * 1024 * 1024);
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.endsWith(BankLoader.SOURCES_FILE))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                    .toList().parallelStream().mapToLong(p -> {
                        try {
                            ObjectMapper m = p.toString().endsWith(".json") ? json : yaml;
                            return m.readTree(Files.readAllBytes(p)).get("questions").size();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sum();
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The heap is fullest just before a collection, so the largest "before" of every collection
     * (and the use at the end) is the peak: exact, where summing each pool's own peak overstates it.
     */
    private static AtomicLong watchPeakHeap() {
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                            .filter(e -> isHeapPool(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    peak.accumulateAndGet(before, Math::max);
                }
            }, null, null);
        }
        return peak;
    }

    private static boolean isHeapPool(String name) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(name) && p.getType() == java.lang.management.MemoryType.HEAP);
    }
}
