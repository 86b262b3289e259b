package org.agorapolis.assemblies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.Http;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Meetings of an assembly: seats held by the database, and the calendar download. */
class MeetingsIT {

    private final Stack stack = TestStack.get();

    private long meeting(long assemblyId, int seats) throws Exception {
        TestData.execute(stack, "insert into meeting (assembly_id, title, starts_at, ends_at, place, capacity) values ("
                + assemblyId + ", 'Atelier plantations', now() + interval '3 days', now() + interval '3 days 2 hours', "
                + "'Préau de l''école Jean-Macé', " + seats + ")");
        return TestData.count(stack, "select max(id) from meeting where assembly_id = " + assemblyId);
    }

    private SignedInClient member(long assemblyId, String name) throws Exception {
        TestAccount account = TestData.account(stack, name, "resident");
        SignedInClient client = SignedInClient.signIn(stack, account.username(), TestData.PASSWORD);
        TestData.member(stack, assemblyId, account);
        return client;
    }

    @Test
    void fiftyMembersRacingForTenSeatsGetExactlyTen() throws Exception {
        long assembly = TestData.assembly(stack, "Rencontre " + UUID.randomUUID(), "OPEN", "PUBLIC");
        long meeting = meeting(assembly, 10);
        List<SignedInClient> members = Concurrently.run(50, () -> member(assembly, "Voisin"));
        List<HttpResponse<String>> pages = new java.util.ArrayList<>();
        for (SignedInClient member : members) {
            pages.add(member.open("/assemblies/view.xhtml?id=" + assembly));
        }
        java.util.Iterator<Integer> index = java.util.stream.IntStream.range(0, 50).iterator();

        List<String> answers = Concurrently.run(50, () -> {
            int i;
            synchronized (index) {
                i = index.next();
            }
            HttpResponse<String> page = members.get(i).submit(pages.get(i), seatForm(pages.get(i)), seatForm(pages.get(i)) + ":register", Map.of());
            return PageText.messages(page);
        });

        assertEquals(10, TestData.count(stack, "select count(*) from meeting_registration where meeting_id = " + meeting));
        assertEquals(10, TestData.count(stack, "select registered from meeting where id = " + meeting));
        assertEquals(10, answers.stream().filter(a -> a.contains("C'est noté")).count());
        assertEquals(40, answers.stream().filter(a -> a.contains("plus de place")).count(), answers.toString());
    }

    @Test
    void aMemberUnregistersAndTheSeatIsFreeAgain() throws Exception {
        long assembly = TestData.assembly(stack, "Désistement " + UUID.randomUUID(), "OPEN", "PUBLIC");
        long meeting = meeting(assembly, 1);
        SignedInClient member = member(assembly, "Yves");
        HttpResponse<String> page = member.open("/assemblies/view.xhtml?id=" + assembly);
        HttpResponse<String> registered = member.submit(page, seatForm(page), seatForm(page) + ":register", Map.of());
        assertEquals("Complet sur 1", Jsoup.parse(registered.body()).selectFirst("[data-test=seats]").text());

        member.submit(registered, seatForm(registered), seatForm(registered) + ":unregister", Map.of());

        assertEquals(0, TestData.count(stack, "select registered from meeting where id = " + meeting));
        assertEquals(0, TestData.count(stack, "select count(*) from meeting_registration where meeting_id = " + meeting));
    }

    @Test
    void aMemberWhoLeavesGivesTheirSeatBack() throws Exception {
        long assembly = TestData.assembly(stack, "Départ " + UUID.randomUUID(), "OPEN", "PUBLIC");
        long meeting = meeting(assembly, 3);
        SignedInClient member = member(assembly, "Partant");
        HttpResponse<String> page = member.open("/assemblies/view.xhtml?id=" + assembly);
        HttpResponse<String> registered = member.submit(page, seatForm(page), seatForm(page) + ":register", Map.of());

        member.submit(registered, "membership", "membership:leave", Map.of());

        assertEquals(0, TestData.count(stack, "select registered from meeting where id = " + meeting));
        assertEquals(0, TestData.count(stack, "select count(*) from meeting_registration where meeting_id = " + meeting));
    }

    @Test
    void theCalendarFileDescribesTheMeetingOnlyToThoseWhoMaySeeIt() throws Exception {
        long open = TestData.assembly(stack, "Agenda " + UUID.randomUUID(), "OPEN", "PUBLIC");
        long hidden = TestData.assembly(stack, "Agenda privé " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        long visibleMeeting = meeting(open, 20);
        long hiddenMeeting = meeting(hidden, 20);

        HttpResponse<String> ics = Http.get(stack.appUrl() + "/meetings/calendar.ics?id=" + visibleMeeting);

        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().contains("SUMMARY:Atelier plantations — Agenda"), ics.body());
        assertTrue(ics.body().contains("LOCATION:Préau de l'école Jean-Macé"), ics.body());
        assertEquals(404, Http.get(stack.appUrl() + "/meetings/calendar.ics?id=" + hiddenMeeting).statusCode());
        assertEquals(404, Http.get(stack.appUrl() + "/meetings/calendar.ics?id=x'").statusCode());
    }

    @Test
    void theDatabaseNeverAcceptsMoreRegistrationsThanSeats() throws Exception {
        long meeting = meeting(TestData.assembly(stack, "Contrainte " + UUID.randomUUID(), "OPEN", "PUBLIC"), 5);

        java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> TestData.execute(stack, "update meeting set registered = 6 where id = " + meeting));

        assertEquals("23514", refused.getSQLState());
    }

    @Test
    void aModeratorRecordsHowManyCameOnceTheMeetingHasBegunAndTheReportsShowIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long assembly = TestData.assembly(stack, "Présence " + tag, "OPEN", "PUBLIC");
        TestData.execute(stack, "insert into meeting (assembly_id, title, starts_at, ends_at, place, capacity, registered) values (" + assembly
                + ", 'Atelier passé " + tag + "', now() - interval '3 hours', now() - interval '1 hour', 'Salle des fêtes', 20, 4)");
        long past = TestData.count(stack, "select max(id) from meeting where assembly_id = " + assembly);
        long future = meeting(assembly, 10);
        TestAccount moderatorAccount = TestData.account(stack, "Animatrice", "resident");
        SignedInClient moderator = SignedInClient.signIn(stack, moderatorAccount.username(), TestData.PASSWORD);
        TestData.moderatorOf(stack, assembly, moderatorAccount);

        HttpResponse<String> upcoming = moderator.open("/admin/assemblies/edit.xhtml?id=" + assembly + "&meeting=" + future);
        assertTrue(Jsoup.parse(upcoming.body()).select("form#attendance").isEmpty(), "no attendance before the meeting begins");

        String edit = "/admin/assemblies/edit.xhtml?id=" + assembly + "&meeting=" + past;
        for (String wrong : List.of("-1", "100001")) {
            HttpResponse<String> refused = moderator.submit(moderator.open(edit), "attendance", "attendance:record", Map.of("attendance:attended", wrong));
            assertEquals("Indiquez un nombre de personnes présentes de 0 à 100 000.", PageText.alert(refused).replaceAll("[\u00a0\u202f]", " "));
        }
        HttpResponse<String> notANumber = moderator.submit(moderator.open(edit), "attendance", "attendance:record", Map.of("attendance:attended", "douze"));
        assertTrue(Jsoup.parse(notANumber.body()).select(".field__error").text().contains("en chiffres"), notANumber.body());
        assertEquals(0, TestData.count(stack, "select count(*) from meeting where id = " + past + " and attended is not null"), "nothing recorded");

        HttpResponse<String> saved = moderator.submit(moderator.open(edit), "attendance", "attendance:record", Map.of("attendance:attended", "23"));
        assertEquals("La présence est enregistrée.", PageText.messages(saved));
        assertEquals(23, TestData.count(stack, "select attended from meeting where id = " + past));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'meetings.attendance' and object_id = " + past));

        SignedInClient resident = member(assembly, "Curieux");
        assertEquals(403, resident.get(edit).statusCode());

        SignedInClient official = SignedInClient.signIn(stack, TestData.account(stack, "Elu", "resident", "official").username(), TestData.PASSWORD);
        org.jsoup.nodes.Element row = Jsoup.parse(official.get("/reports/?refresh=1&assembly=" + assembly).body()).select("[data-test=report-meetings] tbody tr")
                .stream().filter(r -> r.selectFirst("th").text().equals("Atelier passé " + tag)).findFirst().orElseThrow();
        assertEquals(List.of("< 5", "20", "23"), row.select("td").eachText().subList(2, 5), "four registered are hidden, the 23 who came are not");
    }

    /** The client id of the seat form of the first meeting on the page. */
    private static String seatForm(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).selectFirst("[data-test=meeting] form").id();
    }
}
