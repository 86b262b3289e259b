package org.agorapolis.stack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Data that tests create for themselves, through the real identity provider and database. */
public final class TestData {

    public static final String PASSWORD = "test-password-2026";

    private TestData() {
    }

    /** An account created in Keycloak. */
    public record TestAccount(String username, String subject, String firstName, String lastName, String email) {

        public String displayName() {
            return firstName + " " + lastName;
        }
    }

    /** A new Keycloak account with a unique user name, holding exactly these realm roles. */
    public static TestAccount account(Stack stack, String firstName, String... roles) throws Exception {
        String username = firstName.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@test.agorapolis.org";
        String subject = stack.keycloakAdmin().createUser(new KeycloakAdmin.Account(username, email, firstName, "Testeur",
                PASSWORD, null, List.of(roles)));
        return new TestAccount(username, subject, firstName, "Testeur", email);
    }

    /** A new assembly straight in the database; returns its id. */
    public static long assembly(Stack stack, String title, String phase, String visibility) throws SQLException {
        try (Connection db = stack.openDatabase();
             PreparedStatement insert = db.prepareStatement("""
                     insert into assembly (title, summary, topic, phase, visibility, opens_on, voting_on, closes_on)
                     values (?, ?, 'Test', ?, ?, ?, ?, ?) returning id
                     """)) {
            LocalDate today = LocalDate.now();
            insert.setString(1, title);
            insert.setString(2, "Résumé de " + title);
            insert.setString(3, phase);
            insert.setString(4, visibility);
            insert.setObject(5, today);
            insert.setObject(6, today.plusDays(10));
            insert.setObject(7, today.plusDays(20));
            try (ResultSet r = insert.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Sets the supports an assembly's proposals need to be selected. */
    public static void threshold(Stack stack, long assemblyId, int supports) throws SQLException {
        execute(stack, "update assembly set supports_threshold = " + supports + " where id = " + assemblyId);
    }

    /** Adds a signed-in-once participant to an assembly, as a moderator or an invitation would. */
    public static void member(Stack stack, long assemblyId, TestAccount account) throws SQLException {
        execute(stack, "insert into membership (assembly_id, participant_id) select " + assemblyId
                + ", id from participant where subject = '" + account.subject() + "' on conflict do nothing");
    }

    /**
     * Adds {@code count} people straight in the database as members of the assembly, named after
     * {@code tag}, living in the neighbourhood if one is given (a report reads counts, not sign-ins).
     */
    public static void members(Stack stack, long assemblyId, int count, String tag, Long neighbourhoodId) throws SQLException {
        execute(stack, """
                with p as (insert into participant (issuer, subject, display_name, first_sign_in_at, last_sign_in_at, neighbourhood_id, described_at)
                           select 'seed', '%1$s-' || i, 'Habitant %1$s ' || i, now(), now(), %2$s, %3$s from generate_series(1, %4$d) i returning id)
                insert into membership (assembly_id, participant_id) select %5$d, id from p
                """.formatted(tag, neighbourhoodId == null ? "null::bigint" : neighbourhoodId, neighbourhoodId == null ? "null::timestamptz" : "now()",
                count, assemblyId));
    }

    /** Appoints a signed-in-once participant moderator of one assembly (and a member of it). */
    public static void moderatorOf(Stack stack, long assemblyId, TestAccount account) throws SQLException {
        member(stack, assemblyId, account);
        execute(stack, "insert into assembly_moderator (assembly_id, participant_id) select " + assemblyId
                + ", id from participant where subject = '" + account.subject() + "'");
    }

    /**
     * An open ballot of the assembly, straight in the database: opened a minute ago, closing in an
     * hour. {@code options} are its options' labels (none for for/against).
     */
    public static long ballot(Stack stack, long assemblyId, String method, boolean secret, String... options) throws SQLException {
        long id = count(stack, "insert into ballot (assembly_id, question, method, secret, opens_at, closes_at) values (" + assemblyId
                + ", 'Quel avenir pour la place du marché ?', '" + method + "', " + secret + ", now() - interval '1 minute', now() + interval '1 hour') returning id");
        for (int i = 0; i < options.length; i++) {
            // Options are frozen once the ballot is open: added as the superuser, as if before the opening.
            asSuperuser(stack, "insert into ballot_option (ballot_id, position, label) values (" + id + ", " + (i + 1) + ", '" + options[i].replace("'", "''")
                    + "')");
        }
        return id;
    }

    /** Closes a ballot now, stepping around the trigger that freezes its times (as if it had been set to close now). */
    public static void closeBallot(Stack stack, long ballotId) throws SQLException {
        asSuperuser(stack, "update ballot set closes_at = now() where id = " + ballotId);
    }

    /** Runs a statement as the database's superuser with triggers off: a test moving time, never the application. */
    public static void asSuperuser(Stack stack, String sql) throws SQLException {
        try (Connection db = stack.openDatabaseAsSuperuser(); Statement s = db.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute(sql);
        }
    }

    /** Waits (up to 30 s) for the ballot clock to count a closed ballot. */
    public static void awaitCounting(Stack stack, long ballotId) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (count(stack, "select count(*) from ballot where counted_at is not null and id = " + ballotId) == 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("ballot " + ballotId + " not counted within 30 s");
            }
            Thread.sleep(250);
        }
    }

    public static void execute(Stack stack, String sql) throws SQLException {
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    public static String text(Stack stack, String sql) throws SQLException {
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    public static long count(Stack stack, String sql) throws SQLException {
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
