package cn.jiyuan.mediation.performance;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The peak heap and resident memory of a process while a load runs: a thread samples every 50 ms. For this JVM the
 * heap is {@code MemoryMXBean}'s used heap (garbage not yet collected included, so an upper bound of what the work
 * needs); for another process, whatever {@code heap} reads (e.g. its management port's metric). Resident memory is
 * {@code VmRSS} of {@code /proc/<pid>/status}, and {@code VmHWM} (the kernel's own peak) at the end.
 */
final class ResourceSampler implements AutoCloseable {

    static final long MIB = 1024 * 1024;

    private final long pid;
    private final LongSupplier heap;
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakRss = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private ResourceSampler(long pid, LongSupplier heap) {
        this.pid = pid;
        this.heap = heap;
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "resource-sampler-" + pid);
        thread.setDaemon(true);
        thread.start();
    }

    /** Samples this JVM. */
    static ResourceSampler ofThisJvm() {
        return new ResourceSampler(ProcessHandle.current().pid(),
                () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Samples another process; {@code heap} returns its used heap in bytes (or -1 when unknown). */
    static ResourceSampler of(long pid, LongSupplier heap) {
        return new ResourceSampler(pid, heap);
    }

    private void sample() {
        long h = heap.getAsLong();
        if (h > 0) {
            peakHeap.accumulateAndGet(h, Math::max);
        }
        long rss = status(pid, "VmRSS:");
        if (rss > 0) {
            peakRss.accumulateAndGet(rss, Math::max);
        }
    }

    long peakHeapBytes() {
        return peakHeap.get();
    }

    long peakRssBytes() {
        return Math.max(peakRss.get(), status(pid, "VmRSS:"));
    }

    /** The kernel's peak resident set of the process since it started (VmHWM), or -1. */
    long highWaterMarkBytes() {
        return status(pid, "VmHWM:");
    }

    /** A {@code /proc/<pid>/status} field in bytes, or -1 when unreadable (not Linux, process gone). */
    static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Milliseconds this JVM has spent in garbage collection so far. */
    static long gcMillisOfThisJvm() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0).sum();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
        sample();
    }
}
