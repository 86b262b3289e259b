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
        assertTrue(Jsoup.parse(relay.open("/invitations/mine.xhtml?assembly=" + assembly).body()).selectFirst("[data-test=quota]").text()
                .contains("40"), "the relay sees their larger quota");
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
