package org.agorapolis.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The whole local stack: PostgreSQL, Keycloak and WildFly with the application, started in that
 * order (Keycloak and WildFly side by side) and stopped in reverse.
 *
 * <p>Secrets (database passwords, the OIDC client secret, the Keycloak admin password) are drawn
 * at random the first time a work folder is used and kept in it, because Keycloak stores the
 * client secret when it imports the realm.
 */
public final class Stack implements AutoCloseable {

    public static final String CLIENT_ID = "agorapolis-web";
    private static final String APP_DATABASE = "agorapolis";
    private static final String KEYCLOAK_DATABASE = "keycloak";
    /** The sender of the application's and Keycloak's messages on a local stack. */
    public static final String MAIL_FROM = "agorapolis@localhost";

    /** The ports of every server of the stack. */
    public record Ports(int postgres, int keycloak, int keycloakManagement, int http, int management, int https, int managementHttps,
                        int smtp) {

        /** The ports documented in the README, for {@code ./mvnw -Prun}. */
        public static Ports standard() {
            return new Ports(15432, 8180, 9000, 8080, 9990, 8443, 9993, 2525);
        }

        /** Ports free right now, so that tests can run beside a running demo stack. */
        public static Ports free() throws IOException {
            return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    /** Where things are: the provisioned server, the unpacked Keycloak, the realm file, the work folder. */
    public record Layout(Path serverDir, Path keycloakHome, Path realmFile, Path workDir) {

        /** The folders Maven passes as system properties (see the pom). */
        public static Layout fromSystemProperties() {
            return new Layout(Path.of(required("agorapolis.server.dir")), Path.of(required("agorapolis.keycloak.dir")),
                    Path.of(required("agorapolis.realm.file")), Path.of(required("agorapolis.work.dir")));
        }

        private static String required(String name) {
            String value = System.getProperty(name);
            if (value == null) {
                throw new IllegalStateException("System property " + name + " is not set; run through Maven");
            }
            return value;
        }
    }

    private final Layout layout;
    private final Ports ports;
    private final Properties secrets;
    private final PostgresServer postgres;
    private final KeycloakServer keycloak;
    private final WildFlyServer wildfly;
    private MailCatcher mail;

    /** A stack not started yet: register a shutdown hook, then call {@link #start()}. */
    public Stack(Layout layout, Ports ports) throws IOException {
        this.layout = layout;
        this.ports = ports;
        Files.createDirectories(layout.workDir());
        this.secrets = loadOrCreateSecrets(layout.workDir().resolve("secrets.properties"));
        this.postgres = new PostgresServer(layout.workDir(), ports.postgres());
        this.keycloak = new KeycloakServer(layout.keycloakHome(), layout.realmFile(), layout.workDir(), ports.keycloak(), ports.keycloakManagement());
        this.wildfly = new WildFlyServer(layout.serverDir(), layout.workDir(), ports.http(), ports.management(), ports.https(), ports.managementHttps());
    }

    /**
     * A stack on free ports with a fresh database and server state (the unpacked binaries stay),
     * for tests and benchmarks; its processes stop when the JVM exits.
     */
    public static Stack fresh(Layout layout) throws IOException {
        for (String folder : new String[] {"postgres-data", "wildfly", "logs"}) {
            PostgresServer.deleteTree(layout.workDir().resolve(folder));
        }
        Files.deleteIfExists(layout.workDir().resolve("keycloak-realm.sha256"));
        Stack stack = new Stack(layout, Ports.free());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stack-stop"));
        return stack;
    }

    /**
     * Starts every server and returns when the application reports itself ready; on failure,
     * stops whatever had started.
     */
    public void start() throws Exception {
        try {
            startAll();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        requireFree(ports);
        mail = new MailCatcher(ports.smtp());
        postgres.start();
        postgres.ensureDatabase(APP_DATABASE, "agorapolis", secrets.getProperty("database.password"));
        reimportRealmIfChanged();
        postgres.ensureDatabase(KEYCLOAK_DATABASE, "keycloak", secrets.getProperty("keycloak.database.password"));

        CompletableFuture<Void> identity = CompletableFuture.runAsync(() -> call(() -> keycloak.start(
                postgres.jdbcUrl(KEYCLOAK_DATABASE), "keycloak", secrets.getProperty("keycloak.database.password"),
                secrets.getProperty("keycloak.admin.password"),
                Map.of("AGORAPOLIS_APP_URL", appUrl(), "AGORAPOLIS_OIDC_CLIENT_SECRET", clientSecret(),
                        "AGORAPOLIS_SMTP_HOST", "127.0.0.1", "AGORAPOLIS_SMTP_PORT", String.valueOf(ports.smtp()),
                        "AGORAPOLIS_SMTP_STARTTLS", "false", "AGORAPOLIS_MAIL_FROM", MAIL_FROM))));
        try {
            wildfly.start(Map.ofEntries(
                    Map.entry("AGORAPOLIS_SMTP_HOST", "127.0.0.1"),
                    Map.entry("AGORAPOLIS_SMTP_PORT", String.valueOf(ports.smtp())),
                    Map.entry("AGORAPOLIS_MAIL_FROM", MAIL_FROM),
                    Map.entry("AGORAPOLIS_PUBLIC_URL", appUrl()),
                    // Tests play residents on their own connections through X-Forwarded-For.
                    Map.entry("AGORAPOLIS_TRUSTED_PROXIES", "127.0.0.1"),
                    Map.entry("POSTGRESQL_HOST", "127.0.0.1"),
                    Map.entry("POSTGRESQL_PORT", String.valueOf(postgres.port())),
                    Map.entry("POSTGRESQL_DATABASE", APP_DATABASE),
                    Map.entry("POSTGRESQL_USER", "agorapolis"),
                    Map.entry("POSTGRESQL_PASSWORD", secrets.getProperty("database.password")),
                    Map.entry("AGORAPOLIS_OIDC_PROVIDER_URL", keycloak.realmUrl()),
                    Map.entry("AGORAPOLIS_OIDC_CLIENT_ID", CLIENT_ID),
                    Map.entry("AGORAPOLIS_OIDC_CLIENT_SECRET", clientSecret()),
                    Map.entry("AGORAPOLIS_INVITATION_SECRET", secrets.getProperty("invitation.secret"))));
        } finally {
            try {
                identity.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    /**
     * Keycloak imports a realm only into an empty database: when the realm file has changed since
     * the last run, its database is dropped so that the new file is imported whole.
     */
    private void reimportRealmIfChanged() throws IOException, SQLException {
        Path stamp = layout.workDir().resolve("keycloak-realm.sha256");
        String current = sha256(layout.realmFile());
        if (Files.exists(stamp) && !Files.readString(stamp).equals(current)) {
            System.out.println("The realm file has changed: Keycloak's database is recreated to import it.");
            postgres.dropDatabase(KEYCLOAK_DATABASE);
        }
        Files.writeString(stamp, current);
    }

    public String appUrl() {
        return wildfly.url();
    }

    public String managementUrl() {
        return wildfly.managementUrl();
    }

    public String keycloakUrl() {
        return keycloak.url();
    }

    public String realmUrl() {
        return keycloak.realmUrl();
    }

    public String clientSecret() {
        return secrets.getProperty("oidc.client.secret");
    }

    public Ports ports() {
        return ports;
    }

    public Path workDir() {
        return layout.workDir();
    }

    /** The secret invitation links are derived from (see InvitationTokens). */
    public String invitationSecret() {
        return secrets.getProperty("invitation.secret");
    }

    /** The local SMTP server every message of this stack goes to. */
    public MailCatcher mail() {
        return mail;
    }

    public KeycloakAdmin keycloakAdmin() {
        return new KeycloakAdmin(keycloak.url(), secrets.getProperty("keycloak.admin.password"), KeycloakServer.REALM);
    }

    public String keycloakAdminPassword() {
        return secrets.getProperty("keycloak.admin.password");
    }

    /** A connection to the application's database, as its owner. */
    public Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(APP_DATABASE), "agorapolis", secrets.getProperty("database.password"));
    }

    /** The application's database as its superuser, for tests that step around a trigger on purpose (a ballot closed early). */
    public Connection openDatabaseAsSuperuser() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(APP_DATABASE), PostgresServer.SUPERUSER, "");
    }

    public String databaseUrl() {
        return postgres.jdbcUrl(APP_DATABASE);
    }

    @Override
    public void close() {
        wildfly.close();
        keycloak.close();
        postgres.close();
        if (mail != null) {
            mail.close();
        }
    }

    private static void requireFree(Ports ports) {
        for (int port : new int[] {ports.postgres(), ports.keycloak(), ports.keycloakManagement(), ports.http(),
                ports.management(), ports.https(), ports.managementHttps(), ports.smtp()}) {
            try (ServerSocket probe = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException taken) {
                throw new IllegalStateException("Port " + port + " is already in use: is another Agorapolis stack running?");
            }
        }
    }

    private static Properties loadOrCreateSecrets(Path file) throws IOException {
        Properties secrets = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                secrets.load(in);
            }
        }
        boolean added = false;
        for (String key : new String[] {"database.password", "keycloak.database.password", "keycloak.admin.password", "oidc.client.secret",
                "invitation.secret"}) {
            if (!secrets.containsKey(key)) {
                secrets.setProperty(key, randomSecret());
                added = true;
            }
        }
        if (added) {
            try (OutputStream out = Files.newOutputStream(file)) {
                secrets.store(out, "Secrets of this local stack, drawn at random on its first start");
            }
        }
        return secrets;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void call(Step step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
