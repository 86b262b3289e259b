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
            new DemoAccount("moderateur", "Karim", "Haddad", "fr", List.of("resident", "moderator")),
            new DemoAccount("elu", "Marc", "Girard", "fr", List.of("resident", "official")),
            new DemoAccount("adjointe", "Claire", "Morel", "en", List.of("resident", "official")),
            new DemoAccount("administratrice", "Nadia", "Roux", "fr", List.of("resident", "admin")),
            new DemoAccount("technicien", "Paul", "Lambert", "fr", List.of("admin")));

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
            invitationLink = camillesLink(db);
            bakeryPoster(db);
        }
    }

    private String invitationLink;

    /** Camille's personal link to the school-yard assembly, through which Grace joined; made once. */
    private String camillesLink(Connection db) throws Exception {
        org.agorapolis.invitations.InvitationTokens tokens = new org.agorapolis.invitations.InvitationTokens(stack.invitationSecret());
        try (Statement s = db.createStatement(); ResultSet link = s.executeQuery("""
                select l.nonce from invitation_link l join participant p on p.id = l.inviter_id
                where p.display_name = 'Camille Martin' and l.revoked_at is null and l.expires_at > now()
                """)) {
            if (link.next()) {
                return stack.appUrl() + "/i/" + tokens.token(link.getBytes(1));
            }
        }
        byte[] nonce = org.agorapolis.invitations.InvitationTokens.newNonce();
        String token = tokens.token(nonce);
        try (PreparedStatement insert = db.prepareStatement("""
                with link as (
                    insert into invitation_link (assembly_id, inviter_id, nonce, token_hash, message, expires_at)
                    select a.id, p.id, ?, ?, 'On décide ensemble de ce qu''on plante dans la cour, viens donner ton avis !', now() + interval '30 days'
                    from assembly a, participant p where a.title like 'Une cour%' and p.display_name = 'Camille Martin'
                    returning id, assembly_id, inviter_id)
                insert into invitation_edge (assembly_id, inviter_id, invitee_id, link_id, channel, generation, opened_at)
                select link.assembly_id, link.inviter_id, g.id, link.id, 'WHATSAPP', 1, now() - interval '2 days'
                from link, participant g where g.display_name = 'Grace Okafor'
                on conflict do nothing
                """)) {
            insert.setBytes(1, nonce);
            insert.setBytes(2, org.agorapolis.invitations.InvitationTokens.hash(token).orElseThrow());
            insert.executeUpdate();
        }
        return stack.appUrl() + "/i/" + token;
    }

    /** A poster at the bakery for the school-yard assembly, put up by a moderator; made once. */
    private void bakeryPoster(Connection db) throws Exception {
        if (exists(db, "select count(*) from poster")) {
            return;
        }
        byte[] nonce = org.agorapolis.invitations.InvitationTokens.newNonce();
        String token = new org.agorapolis.invitations.InvitationTokens(stack.invitationSecret()).token(nonce);
        try (PreparedStatement insert = db.prepareStatement("""
                insert into poster (assembly_id, name, name_key, address, neighbourhood_id, nonce, token_hash, created_by, scans)
                select a.id, 'Boulangerie de la place du Marché', 'boulangerie de la place du marché', '2 place du Marché',
                       (select min(id) from neighbourhood), ?, ?, p.id, 14
                from assembly a, participant p
                where a.id = (select min(id) from assembly where title like 'Une cour%')
                  and p.id = (select max(id) from participant where display_name = 'Sophie Lefèvre')
                """)) {
            insert.setBytes(1, nonce);
            insert.setBytes(2, org.agorapolis.invitations.InvitationTokens.hash(token).orElseThrow());
            insert.executeUpdate();
        }
    }

    /** Camille's invitation link, to try the welcome page. */
    String invitationLink() {
        return invitationLink;
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
