package io.newslens.ingest.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time of the whole JVM (every thread, GC and JIT included). The benchmarks measure with it, not with the
 * calling thread's CPU time: Lingua computes its n-gram sums in tasks it hands to {@code ForkJoinPool.commonPool()},
 * which run on the caller or on a pool thread as it happens, so a thread's CPU time misses part of the work.
 */
final class ProcessCpu {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {
    }

    static long nanos() {
        return OS.getProcessCpuTime();
    }
}
