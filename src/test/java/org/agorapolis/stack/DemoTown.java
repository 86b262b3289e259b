package org.agorapolis.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * The demo town of {@code ./mvnw -Prun}: its neighbourhoods and assemblies (once, on the first
 * run), and one Keycloak account per role with its participant row. Tests never load it: they
 * create their own data.
 */
final class DemoTown {

    static final String PASSWORD = "agorapolis-demo";

    record DemoAccount(String username, String firstName, String lastName, String locale, List<String> roles) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("camille", "Camille", "Martin", "fr", List.of("resident")),
            new DemoAccount("yanis", "Yanis", "Benali", "fr", List.of("resident")),
            new DemoAccount("grace", "Grace", "Okafor", "en", List.of("resident")),
            new DemoAccount("moderatrice", "Sophie", "Lefèvre", "fr", List.of("resident", "moderator")),
            new DemoAccount("elu", "Marc", "Girard", "fr", List.of("resident", "official")),
            new DemoAccount("administratrice", "Nadia", "Roux", "fr", List.of("resident", "admin")));

    private final Stack stack;

    DemoTown(Stack stack) {
        this.stack = stack;
    }

    List<DemoAccount> accounts() {
        return ACCOUNTS;
    }

    void load() throws Exception {
        try (Connection db = stack.openDatabase()) {
            if (!townExists(db)) {
                try (Statement s = db.createStatement()) {
                    s.execute(script());
                }
            }
            KeycloakAdmin keycloak = stack.keycloakAdmin();
            for (DemoAccount account : ACCOUNTS) {
                String subject = keycloak.findUserId(account.username()).orElse(null);
                if (subject == null) {
                    subject = keycloak.createUser(new KeycloakAdmin.Account(account.username(),
                            account.username() + "@demo.agorapolis.org", account.firstName(), account.lastName(),
                            PASSWORD, account.locale(), account.roles()));
                }
                recordParticipant(db, subject, account);
            }
        }
    }

    private static boolean townExists(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select count(*) from town")) {
            r.next();
            return r.getLong(1) > 0;
        }
    }

    /** The participant row a first sign-in would create, so that the figures count the demo accounts. */
    private void recordParticipant(Connection db, String subject, DemoAccount account) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into participant (issuer, subject, display_name, email, locale, first_sign_in_at, last_sign_in_at, sign_in_count)
                values (?, ?, ?, ?, ?, now(), now(), 1)
                on conflict (issuer, subject) do nothing
                """)) {
            insert.setString(1, stack.realmUrl());
            insert.setString(2, subject);
            insert.setString(3, account.firstName() + " " + account.lastName());
            insert.setString(4, account.username() + "@demo.agorapolis.org");
            insert.setString(5, account.locale());
            insert.executeUpdate();
        }
    }

    private static String script() throws IOException {
        try (InputStream in = DemoTown.class.getResourceAsStream("/demo/demo-town.sql")) {
            if (in == null) {
                throw new IllegalStateException("demo/demo-town.sql is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
