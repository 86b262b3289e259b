package org.agorapolis.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its Maven distribution, in production mode: built once for PostgreSQL, then
 * started with {@code --optimized}, bound to loopback, with the realm of {@code keycloak-realm/}
 * imported into a new database.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "agorapolis";
    static final String ADMIN_USER = "admin";

    /** Build-time options; changing them requires a new {@code kc.sh build}. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true", "--metrics-enabled=true");

    private final Path home;
    private final Path realmFile;
    private final Path logs;
    private final int port;
    private final int managementPort;
    private ManagedProcess process;

    KeycloakServer(Path home, Path realmFile, Path workDir, int port, int managementPort) {
        this.home = home;
        this.realmFile = realmFile;
        this.logs = workDir.resolve("logs");
        this.port = port;
        this.managementPort = managementPort;
    }

    String url() {
        return "http://localhost:" + port;
    }

    String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    void start(String databaseUrl, String databaseUser, String databasePassword, String adminPassword,
               Map<String, String> realmPlaceholders) throws IOException, InterruptedException {
        buildOnce();
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);

        Map<String, String> env = new HashMap<>(realmPlaceholders);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("KC_DB_PASSWORD", databasePassword);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m -XX:MaxMetaspaceSize=256m");
        process = ManagedProcess.start("keycloak", List.of(kc(), "start", "--optimized",
                        "--http-enabled=true",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + managementPort,
                        "--hostname=" + url(),
                        "--cache=local",
                        "--db-url=" + databaseUrl,
                        "--db-username=" + databaseUser,
                        "--import-realm"),
                home, env, logs.resolve("keycloak.log"));
        String ready = "http://127.0.0.1:" + managementPort + "/health/ready";
        Readiness.await("Keycloak", process, Duration.ofMinutes(3), () -> Readiness.answersOk(ready));
    }

    private void buildOnce() throws IOException, InterruptedException {
        Path marker = home.resolve("data/agorapolis-build-options");
        String wanted = String.join(" ", BUILD_OPTIONS);
        if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
            return;
        }
        List<String> command = new java.util.ArrayList<>(List.of(kc(), "build"));
        command.addAll(BUILD_OPTIONS);
        ManagedProcess.run("keycloak build", command, home, Map.of(), logs.resolve("keycloak-build.log"), Duration.ofMinutes(5));
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, wanted);
    }

    private String kc() {
        return home.resolve("bin/kc.sh").toString();
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }
}
