package org.agorapolis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by each part of the stack, read from {@code /proc} (Linux): WildFly, PostgreSQL
 * (every backend), Keycloak and the benchmark's own JVM. Two readings around a measure tell where
 * its time went — the machine's cores are shared by all of them.
 */
final class ProcessCpu {

    /** The parts of a stack, told apart by their command line. */
    enum Part {
        WILDFLY, POSTGRESQL, KEYCLOAK, CLIENT, OTHER
    }

    /** Clock ticks per second of {@code utime} and {@code stime} ({@code getconf CLK_TCK}: 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<Part, Long> ticks;

    private ProcessCpu(Map<Part, Long> ticks) {
        this.ticks = ticks;
    }

    /** CPU time used so far by every process alive now, summed by part. */
    static ProcessCpu now() {
        Map<Part, Long> ticks = new EnumMap<>(Part.class);
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    long pid = Long.parseLong(p.getFileName().toString());
                    ticks.merge(pid == self ? Part.CLIENT : part(Files.readString(p.resolve("cmdline"))), used, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile: its time is lost to both readings alike
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("no /proc to read CPU times from", e);
        }
        return new ProcessCpu(ticks);
    }

    private static Part part(String commandLine) {
        if (commandLine.contains("jboss-modules.jar")) {
            return Part.WILDFLY;
        }
        if (commandLine.contains("keycloak") || commandLine.contains("quarkus")) {
            return Part.KEYCLOAK;
        }
        if (commandLine.startsWith("postgres") || commandLine.contains("/bin/postgres")) {
            return Part.POSTGRESQL;
        }
        return Part.OTHER;
    }

    /** Milliseconds of CPU used by {@code part} between {@code before} and this reading, per operation among {@code operations}. */
    double millisPer(ProcessCpu before, Part part, long operations) {
        long used = ticks.getOrDefault(part, 0L) - before.ticks.getOrDefault(part, 0L);
        return used / TICKS_PER_SECOND * 1000 / operations;
    }

    /** One line: CPU milliseconds per operation for each part, and in all. */
    String perOperation(ProcessCpu before, long operations) {
        StringBuilder line = new StringBuilder();
        double all = 0;
        for (Part part : Part.values()) {
            double ms = millisPer(before, part, operations);
            all += ms;
            line.append(String.format("%s %.3f · ", part.name().toLowerCase(java.util.Locale.ROOT), ms));
        }
        return line.append(String.format("all %.3f ms of CPU per operation", all)).toString();
    }
}
