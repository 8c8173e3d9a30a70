package io.newslens.devstack.bench;

import io.newslens.devstack.stack.ServiceProcess;
import io.newslens.devstack.stack.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of the stack's processes, grouped by what they are: each service, OpenSearch,
 * PostgreSQL (postmaster and back-ends), and the launcher's own JVM, which also runs the Kafka broker and the
 * benchmark's client. CPU from {@link ProcessHandle.Info#totalCpuDuration()} (user + system, /proc/pid/stat on
 * Linux); memory from VmRSS in /proc/pid/status, which the JDK does not expose.
 */
final class ProcessGroups {

    static final String LAUNCHER = "launcher (Kafka, client)";

    /** A group's CPU seconds so far and its resident memory now. */
    record Usage(double cpuSeconds, long rssMb) {
    }

    private record Group(String name, ProcessHandle root, boolean withDescendants) {
        Stream<ProcessHandle> processes() {
            return withDescendants ? Stream.concat(Stream.of(root), root.descendants()) : Stream.of(root);
        }
    }

    private final List<Group> groups = new ArrayList<>();

    ProcessGroups(Stack stack) {
        for (ServiceProcess service : stack.services()) {
            groups.add(new Group(service.name(), service.handle(), true));
        }
        groups.add(new Group("opensearch", stack.openSearch().handle(), true));
        stack.postgres().postmaster().ifPresent(pm -> groups.add(new Group("postgresql", pm, true)));
        // Not its descendants: those are the services, counted above.
        groups.add(new Group(LAUNCHER, ProcessHandle.current(), false));
    }

    /** Usage of every group now, in a fixed order (services, OpenSearch, PostgreSQL, launcher). */
    Map<String, Usage> sample() {
        Map<String, Usage> usage = new LinkedHashMap<>();
        for (Group group : groups) {
            List<ProcessHandle> processes = group.processes().toList();
            double cpu = processes.stream()
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum() / 1e9;
            long rssKb = processes.stream().mapToLong(p -> rssKb(p.pid())).sum();
            usage.put(group.name(), new Usage(cpu, rssKb >> 10));
        }
        return usage;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between listing and reading: it holds no memory any more
        }
        return 0;
    }
}
