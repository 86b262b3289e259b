package org.agorapolis.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the stack, with its output in a log file. Stopping it stops its whole
 * process tree: launch scripts such as WildFly's {@code standalone.sh} start the JVM as a child,
 * and killing only the script would leave that JVM running.
 */
final class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        return new ManagedProcess(name, builder.start(), log);
    }

    /** Runs a command to its end; fails with the tail of its output when it exits non-zero. */
    static void run(String name, List<String> command, Path workDir, Map<String, String> env, Path log, Duration timeout)
            throws IOException, InterruptedException {
        try (ManagedProcess p = start(name, command, workDir, env, log)) {
            if (!p.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
            if (p.process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed (exit " + p.process.exitValue() + "):\n" + p.tail());
            }
        }
    }

    /** True when the log holds this text. */
    boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** The error lines of the log, or its last lines when it has none, to explain a failure. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            List<String> errors = lines.stream().filter(l -> l.contains("ERROR") || l.contains("FATAL") || l.contains("Caused by")).toList();
            List<String> shown = errors.isEmpty() ? lines : errors;
            return String.join("\n", shown.subList(Math.max(0, shown.size() - 30), shown.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Asks the whole tree to stop (SIGTERM), then kills what is still there after the grace period. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : concat(tree)) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                handle.destroyForcibly();
            }
        }
    }

    private List<ProcessHandle> concat(List<ProcessHandle> tree) {
        return java.util.stream.Stream.concat(tree.stream(), java.util.stream.Stream.of(process.toHandle())).toList();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(20));
        }
    }
}
