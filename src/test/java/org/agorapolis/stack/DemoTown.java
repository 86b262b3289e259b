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
 * run), one Keycloak account per role with its participant row, and the town's life — members,
 * proposals, supports, a debate — once the accounts exist. Tests never load it: they
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
                    s.execute(script("demo-town.sql"));
                }
            }
            KeycloakAdmin keycloak = stack.keycloakAdmin();
            String participation = script("demo-participation.sql");
            for (DemoAccount account : ACCOUNTS) {
                String subject = keycloak.findUserId(account.username()).orElse(null);
                if (subject == null) {
                    subject = keycloak.createUser(new KeycloakAdmin.Account(account.username(),
                            account.username() + "@demo.agorapolis.org", account.firstName(), account.lastName(),
                            PASSWORD, account.locale(), account.roles()));
                }
                participation = participation.replace(":" + account.username(), String.valueOf(recordParticipant(db, subject, account)));
            }
            if (!exists(db, "select count(*) from proposal")) {
                try (Statement s = db.createStatement()) {
                    s.execute(participation);
                }
            }
        }
    }

    private static boolean townExists(Connection db) throws Exception {
        return exists(db, "select count(*) from town");
    }

    private static boolean exists(Connection db, String countQuery) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(countQuery)) {
            r.next();
            return r.getLong(1) > 0;
        }
    }

    /** The participant row a first sign-in would create, so that the demo accounts take part; returns its id. */
    private long recordParticipant(Connection db, String subject, DemoAccount account) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into participant (issuer, subject, display_name, email, locale, first_sign_in_at, last_sign_in_at, sign_in_count)
                values (?, ?, ?, ?, ?, now(), now(), 1)
                on conflict (issuer, subject) do update set issuer = excluded.issuer
                returning id
                """)) {
            insert.setString(1, stack.realmUrl());
            insert.setString(2, subject);
            insert.setString(3, account.firstName() + " " + account.lastName());
            insert.setString(4, account.username() + "@demo.agorapolis.org");
            insert.setString(5, account.locale());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static String script(String name) throws IOException {
        try (InputStream in = DemoTown.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + name + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
