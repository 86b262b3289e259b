package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Moderators set assemblies up in /admin/, through the deployed pages. */
class AssemblyAdministrationIT {

    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Stack stack = TestStack.get();

    private SignedInClient moderator() throws Exception {
        TestAccount moderator = TestData.account(stack, "Moderatrice", "resident", "moderator");
        return SignedInClient.signIn(stack, moderator.username(), TestData.PASSWORD);
    }

    private static Map<String, String> form(String title, LocalDate opens, LocalDate voting, LocalDate closes) {
        Map<String, String> fields = new HashMap<>();
        fields.put("assembly:title", title);
        fields.put("assembly:summary", "Où faire passer les nouvelles pistes cyclables ?");
        fields.put("assembly:description", "<p>Le plan <strong>vélo</strong></p><script>alert(1)</script>");
        fields.put("assembly:topic", "Mobilité");
        fields.put("assembly:visibility", "PUBLIC");
        fields.put("assembly:opensOn_input", opens.format(FORM_DATE));
        fields.put("assembly:votingOn_input", voting.format(FORM_DATE));
        fields.put("assembly:closesOn_input", closes.format(FORM_DATE));
        fields.put("assembly:threshold", "15");
        return fields;
    }

    @Test
    void aModeratorCreatesADraftThenOpensItByHand() throws Exception {
        SignedInClient moderator = moderator();
        String title = "Pistes cyclables " + UUID.randomUUID();
        LocalDate today = LocalDate.now();

        HttpResponse<String> created = moderator.submit(moderator.open("/admin/assemblies/edit.xhtml"), "assembly", "assembly:save",
                form(title, today, today.plusDays(20), today.plusDays(30)));

        assertTrue(Jsoup.parse(created.body()).select(".notice").text().contains("brouillon"), created.body());
        String where = " from assembly where title = '" + title + "'";
        assertEquals(1, TestData.count(stack, "select count(*)" + where + " and phase = 'DRAFT' and supports_threshold = 15"));
        assertEquals(0, TestData.count(stack, "select count(*)" + where + " and description like '%script%'"), "sanitised when stored");
        assertEquals(404, SignedInClient.signIn(stack, TestData.account(stack, "Curieux", "resident").username(), TestData.PASSWORD)
                .get("/assemblies/view.xhtml?id=" + TestData.count(stack, "select id" + where)).statusCode(), "a draft stays hidden");

        HttpResponse<String> opened = moderator.submit(created, "phase", "phase:advance", Map.of());

        assertEquals("Débat et propositions", Jsoup.parse(opened.body()).selectFirst("[data-test=current-phase]").text());
        assertEquals(1, TestData.count(stack, "select count(*)" + where + " and phase = 'OPEN'"));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'assemblies.phase' and before ->> 'phase' = 'DRAFT'"
                + " and after ->> 'phase' = 'OPEN' and object_id = (select id" + where + ")"), "the phase change is audited");
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'assemblies.create' and object_id = (select id" + where + ")"));
    }

    @Test
    void datesOutOfOrderAreRefusedAndNothingIsSaved() throws Exception {
        SignedInClient moderator = moderator();
        String title = "Dates à l'envers " + UUID.randomUUID();
        LocalDate today = LocalDate.now();

        HttpResponse<String> refused = moderator.submit(moderator.open("/admin/assemblies/edit.xhtml"), "assembly", "assembly:save",
                form(title, today.plusDays(10), today.plusDays(5), today.plusDays(30)));

        assertTrue(PageText.alert(refused).contains("Les dates doivent se suivre"), refused.body());
        assertEquals(0, TestData.count(stack, "select count(*) from assembly where title = '" + title.replace("'", "''") + "'"));
    }

    @Test
    void aModeratorMakesAMemberARelayWithMoreInvitations() throws Exception {
        long assembly = TestData.assembly(stack, "Relais " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestAccount association = TestData.account(stack, "Association", "resident");
        SignedInClient relay = SignedInClient.signIn(stack, association.username(), TestData.PASSWORD);
        TestData.member(stack, assembly, association);
        SignedInClient moderator = moderator();
        HttpResponse<String> page = moderator.open("/admin/assemblies/edit.xhtml?id=" + assembly);
        String form = Jsoup.parse(page.body()).selectFirst("[data-test=member] form").id();

        HttpResponse<String> refused = moderator.submit(page, form, form + ":save", Map.of(form + ":remaining", "-3"));
        HttpResponse<String> granted = moderator.submit(page, form, form + ":save", Map.of(form + ":remaining", "40", form + ":relay", "on"));

        assertTrue(PageText.alert(refused).matches(".*entre 0 et 10\\D?000.*"), refused.body());
        assertEquals(1, Jsoup.parse(granted.body()).select("[data-test=relay]").size());
        assertEquals(1, TestData.count(stack, "select count(*) from membership m join invitation_quota q using (assembly_id, participant_id)"
                + " where m.assembly_id = " + assembly + " and m.relay and q.remaining = 40"));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'invitations.grant' and assembly_id = " + assembly
                + " and before ->> 'relay' = 'false' and after ->> 'relay' = 'true' and after ->> 'remaining' = '40'"), "the change is audited");
        assertTrue(Jsoup.parse(relay.open("/invitations/mine.xhtml?assembly=" + assembly).body()).selectFirst("[data-test=quota]").text()
                .contains("40"), "the relay sees their larger quota");
    }

    @Test
    void aModeratorAddsAResidentToAnAssemblyByInvitation() throws Exception {
        long assembly = TestData.assembly(stack, "Ajout " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        TestAccount resident = TestData.account(stack, "Ajoutee", "resident");
        SignedInClient residentClient = SignedInClient.signIn(stack, resident.username(), TestData.PASSWORD);
        assertEquals(404, residentClient.get("/assemblies/view.xhtml?id=" + assembly).statusCode());
        SignedInClient moderator = moderator();

        HttpResponse<String> unknown = moderator.submit(moderator.open("/admin/assemblies/edit.xhtml?id=" + assembly), "addMember",
                "addMember:add", Map.of("addMember:email", "personne@nulle-part.example"));
        moderator.submit(moderator.open("/admin/assemblies/edit.xhtml?id=" + assembly), "addMember", "addMember:add",
                Map.of("addMember:email", resident.email().toUpperCase()));
        HttpResponse<String> twice = moderator.submit(moderator.open("/admin/assemblies/edit.xhtml?id=" + assembly), "addMember",
                "addMember:add", Map.of("addMember:email", resident.email()));

        assertTrue(PageText.alert(unknown).contains("Aucun habitant connecté"), PageText.alert(unknown));
        assertTrue(PageText.alert(twice).contains("déjà membre"), PageText.alert(twice));
        assertEquals(1, TestData.count(stack, "select count(*) from membership where generation = 0 and assembly_id = " + assembly));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'assemblies.addMember' and assembly_id = " + assembly),
                "audited once: the refused second addition left no entry");
        assertEquals(200, residentClient.get("/assemblies/view.xhtml?id=" + assembly).statusCode(), "now a member, they see it");
    }

    @Test
    void aMeetingsSeatsNeverDropBelowItsRegistrations() throws Exception {
        long assembly = TestData.assembly(stack, "Places " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestData.execute(stack, "insert into meeting (assembly_id, title, starts_at, ends_at, place, capacity, registered) values ("
                + assembly + ", 'Réunion', now() + interval '2 days', now() + interval '2 days 1 hour', 'Mairie', 10, 4)");
        long meeting = TestData.count(stack, "select max(id) from meeting where assembly_id = " + assembly);
        SignedInClient moderator = moderator();
        HttpResponse<String> page = moderator.open("/admin/assemblies/edit.xhtml?id=" + assembly + "&meeting=" + meeting);

        HttpResponse<String> refused = moderator.submit(page, "meeting", "meeting:save", Map.of("meeting:capacity", "3"));
        HttpResponse<String> saved = moderator.submit(page, "meeting", "meeting:save", Map.of("meeting:capacity", "6", "meeting:title", "Réunion publique"));

        assertTrue(PageText.alert(refused).contains("Déjà 4 inscrits"), PageText.alert(refused));
        assertTrue(saved.body().contains("La rencontre est enregistrée."), saved.body());
        assertEquals(1, TestData.count(stack, "select count(*) from meeting where capacity = 6 and title = 'Réunion publique' and id = " + meeting));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'meetings.revise' and object_id = " + meeting
                + " and (before ->> 'title') = 'Réunion' and (after ->> 'title') = 'Réunion publique'"), "audited once: the refused change left no entry");
    }

    @Test
    void residentsAndOfficialsCannotReachTheSetUpOfAssemblies() throws Exception {
        SignedInClient resident = SignedInClient.signIn(stack, TestData.account(stack, "Rene", "resident").username(), TestData.PASSWORD);
        SignedInClient official = SignedInClient.signIn(stack, TestData.account(stack, "Elue", "resident", "official").username(), TestData.PASSWORD);

        assertEquals(403, resident.get("/admin/assemblies/edit.xhtml").statusCode());
        assertEquals(403, official.get("/admin/assemblies/edit.xhtml?id=1").statusCode());
    }

    @Test
    void anOpenAssemblyMovesToItsVoteOnItsDateByItself() throws Exception {
        long assembly = TestData.assembly(stack, "Calendrier " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestData.execute(stack, "update assembly set voting_on = current_date where id = " + assembly);

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (TestData.count(stack, "select count(*) from assembly where phase = 'VOTING' and id = " + assembly) == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }

        assertEquals(1, TestData.count(stack, "select count(*) from assembly where phase = 'VOTING' and id = " + assembly));
    }
}
