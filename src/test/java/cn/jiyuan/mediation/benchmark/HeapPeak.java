package cn.jiyuan.mediation.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap used while something runs. Two readings, because neither alone is exact: a thread samples
 * {@code MemoryMXBean}'s used heap every few milliseconds (it can miss a peak between samples), and the heap pools'
 * own peak usage, reset before the run, catches every peak but sums the pools' peaks, which need not coincide
 * (an upper bound). Both count garbage not yet collected, so they overstate what the work needs: with the JVM
 * limited by -Xmx, finishing without OutOfMemoryError is the firmer proof.
 */
final class HeapPeak implements AutoCloseable {

    static final long MIB = 1024 * 1024;

    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong afterCollection = new AtomicLong();
    private final Thread sampler;
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private volatile boolean running = true;
    private final long baseline;

    private HeapPeak() {
        System.gc();
        baseline = used();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(() -> {
            while (running) {
                sampled.accumulateAndGet(used(), Math::max);
                afterCollection.accumulateAndGet(pools.stream().mapToLong(p -> p.getCollectionUsage() == null ? 0
                        : p.getCollectionUsage().getUsed()).sum(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling, after a GC so that the baseline is the live heap. */
    static HeapPeak start() {
        return new HeapPeak();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Used heap after a GC, before the run. */
    long baselineBytes() {
        return baseline;
    }

    /** The highest sample. */
    long sampledPeakBytes() {
        return Math.max(sampled.get(), used());
    }

    /**
     * The most heap still in use right after a collection (the pools' collection usage, summed): the closest to the
     * live data the run held, without the garbage the sampled peak includes. 0 if no collection ran.
     */
    long afterCollectionPeakBytes() {
        return afterCollection.get();
    }

    /** The sum of the heap pools' peaks since the start (an upper bound of the true peak). */
    long poolPeakBytes() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The limit the JVM runs with (-Xmx). */
    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
