package org.agorapolis.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The WildFly server provisioned by {@code wildfly-maven-plugin} (with the application deployed
 * as {@code ROOT.war}), started with its own copy of the {@code standalone} folder so that the
 * run command and the tests never share logs, data or deployments state.
 */
final class WildFlyServer implements AutoCloseable {

    private final Path serverDir;
    private final Path baseDir;
    private final Path logs;
    private final int httpPort;
    private final int managementPort;
    private final int[] securePorts;
    private ManagedProcess process;

    /** {@code securePorts}: the HTTPS and management HTTPS ports, bound by the server but unused here. */
    WildFlyServer(Path serverDir, Path workDir, int httpPort, int managementPort, int... securePorts) {
        this.serverDir = serverDir;
        this.baseDir = workDir.resolve("wildfly");
        this.logs = workDir.resolve("logs");
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.securePorts = securePorts.clone();
    }

    String url() {
        return "http://localhost:" + httpPort;
    }

    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    void start(Map<String, String> env) throws IOException, InterruptedException {
        if (!Files.isDirectory(serverDir.resolve("standalone/deployments"))) {
            throw new IllegalStateException("No provisioned server in " + serverDir + ": run ./mvnw package first");
        }
        PostgresServer.deleteTree(baseDir);
        copyTree(serverDir.resolve("standalone"), baseDir);
        process = ManagedProcess.start("wildfly", List.of(serverDir.resolve("bin/standalone.sh").toString(),
                        "-Djboss.server.base.dir=" + baseDir,
                        "-Djboss.http.port=" + httpPort,
                        "-Djboss.https.port=" + securePorts[0],
                        "-Djboss.management.http.port=" + managementPort,
                        "-Djboss.management.https.port=" + securePorts[1]),
                serverDir, env, logs.resolve("wildfly.log"));
        // Ready means: booted, the application deployed, its database and identity provider reachable.
        Readiness.await("WildFly", process, Duration.ofMinutes(3), () -> {
            if (process.logContains("WFLYSRV0026")) {
                throw new IllegalStateException("WildFly started with errors; its log (" + process.log() + ") says:\n" + process.tail());
            }
            return Readiness.answersOk(managementUrl() + "/health/ready");
        });
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }
}
