package org.agorapolis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Proposals and supports through the deployed pages, against the real database. */
class ProposalsIT {

    private final Stack stack = TestStack.get();

    /** A member of a new open public assembly, signed in. */
    private record Member(TestAccount account, SignedInClient client) {
    }

    private Member member(long assemblyId, String name) throws Exception {
        TestAccount account = TestData.account(stack, name, "resident");
        SignedInClient client = SignedInClient.signIn(stack, account.username(), TestData.PASSWORD);
        HttpResponse<String> page = client.open("/assemblies/view.xhtml?id=" + assemblyId);
        client.submit(page, "membership", "membership:join", Map.of());
        return new Member(account, client);
    }

    private long submit(Member author, long assemblyId, String title) throws Exception {
        HttpResponse<String> page = author.client().open("/assemblies/view.xhtml?id=" + assemblyId);
        HttpResponse<String> landed = author.client().submit(page, "propose", "propose:submit",
                Map.of("propose:title", title, "propose:body", "Des bancs à l'ombre près de l'arrêt de bus."));
        assertTrue(landed.uri().getPath().endsWith("/proposals/view.xhtml"), landed.uri() + " " + PageText.alert(landed));
        return Long.parseLong(landed.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private long openAssembly() throws Exception {
        return TestData.assembly(stack, "Bancs publics " + UUID.randomUUID(), "OPEN", "PUBLIC");
    }

    @Test
    void fiftyParallelSupportsByOneMemberMakeOneSupport() throws Exception {
        long assembly = openAssembly();
        long proposal = submit(member(assembly, "Auteur"), assembly, "Des bancs");
        Member supporter = member(assembly, "Soutien");
        HttpResponse<String> page = supporter.client().open("/proposals/view.xhtml?id=" + proposal);

        // Fifty clicks at once on one page: each gets a page — the proposal, or, when the server has already let go of that
        // copy of the page for newer ones (it keeps a few per visitor), the "page expired, reload" page (400) — never a server error.
        List<String> answers = Concurrently.run(50, () -> {
            HttpResponse<String> answer = supporter.client().submit(page, "support", "support:give", Map.of());
            boolean expired = answer.statusCode() == 400 && answer.body().contains("data-test=\"error-expired\"");
            return answer.statusCode() == 200 ? "page" : expired ? "expired" : "status " + answer.statusCode();
        });

        assertTrue(answers.stream().allMatch(a -> a.equals("page") || a.equals("expired")), answers.toString());
        assertTrue(answers.contains("page"));
        assertEquals(1, TestData.count(stack, "select count(*) from support where proposal_id = " + proposal));
        assertEquals(1, TestData.count(stack, "select supports from proposal where id = " + proposal));
    }

    @Test
    void reachingTheThresholdSelectsTheProposalForTheVote() throws Exception {
        long assembly = openAssembly();
        TestData.threshold(stack, assembly, 2);
        long proposal = submit(member(assembly, "Autrice"), assembly, "Une fontaine");

        for (String name : new String[] {"Premier", "Second"}) {
            Member supporter = member(assembly, name);
            HttpResponse<String> page = supporter.client().open("/proposals/view.xhtml?id=" + proposal);
            HttpResponse<String> after = supporter.client().submit(page, "support", "support:give", Map.of());
            assertTrue(after.body().contains("Merci pour votre soutien"), "a confirmation in French");
        }

        assertEquals(2, TestData.count(stack, "select supports from proposal where id = " + proposal));
        assertEquals(1, TestData.count(stack, "select count(*) from proposal where status = 'SELECTED' and id = " + proposal));
        assertEquals(1, TestData.count(stack, "select count(*) from proposal_status_change where status = 'SELECTED' and proposal_id = " + proposal));
    }

    @Test
    void anAuthorCannotEditOnceTheFirstSupportHasArrivedEvenFromAStalePage() throws Exception {
        long assembly = openAssembly();
        Member author = member(assembly, "Edith");
        long proposal = submit(author, assembly, "Un composteur");
        HttpResponse<String> editable = author.client().open("/proposals/view.xhtml?id=" + proposal);
        Member supporter = member(assembly, "Fanny");
        supporter.client().submit(supporter.client().open("/proposals/view.xhtml?id=" + proposal), "support", "support:give", Map.of());

        HttpResponse<String> refused = author.client().submit(editable, "edit", "edit:save",
                Map.of("edit:title", "Deux composteurs", "edit:body", "Deux composteurs au lieu d'un, derrière l'école."));

        assertTrue(PageText.alert(refused).contains("ne peut plus être modifiée"), refused.body());
        assertEquals(1, TestData.count(stack, "select count(*) from proposal where title = 'Un composteur' and id = " + proposal));
    }

    @Test
    void aMemberWhoLeftCannotProposeFromAStalePage() throws Exception {
        long assembly = openAssembly();
        Member member = member(assembly, "Gaston");
        HttpResponse<String> stale = member.client().open("/assemblies/view.xhtml?id=" + assembly);
        member.client().submit(stale, "membership", "membership:leave", Map.of());

        HttpResponse<String> refused = member.client().submit(stale, "propose", "propose:submit",
                Map.of("propose:title", "Trop tard", "propose:body", "Une proposition après avoir quitté l'assemblée."));

        assertTrue(PageText.alert(refused).contains("Seuls les membres"), refused.body());
        assertEquals(0, TestData.count(stack, "select count(*) from proposal where assembly_id = " + assembly));
    }

    @Test
    void badInputGetsClearMessagesAndStoresNothing() throws Exception {
        long assembly = openAssembly();
        Member member = member(assembly, "Hector");
        HttpResponse<String> page = member.client().open("/assemblies/view.xhtml?id=" + assembly);

        String tooShort = PageText.alert(member.client().submit(page, "propose", "propose:submit",
                Map.of("propose:title", "ab", "propose:body", "Une proposition correcte.")));
        String tooLong = PageText.alert(member.client().submit(page, "propose", "propose:submit",
                Map.of("propose:title", "Titre", "propose:body", "x".repeat(5001))));
        String badNeighbourhood = Jsoup.parse(member.client().submit(page, "propose", "propose:submit",
                Map.of("propose:title", "Titre", "propose:body", "Une proposition correcte.", "propose:neighbourhood", "999999")).body())
                .select(".alert, .field__error").text();

        assertTrue(tooShort.contains("au moins 3 caractères"), tooShort);
        assertTrue(tooLong.matches(".*5\\D?000 caractères.*"), tooLong);
        assertTrue(badNeighbourhood.contains("Ce choix n'est pas proposé"), badNeighbourhood);
        assertEquals(0, TestData.count(stack, "select count(*) from proposal where assembly_id = " + assembly));
    }

    @Test
    void anAuthorWithdrawsTheirProposalWhichStaysVisibleAndTakesNoMoreSupports() throws Exception {
        long assembly = openAssembly();
        Member author = member(assembly, "Zoe");
        long proposal = submit(author, assembly, "Un kiosque à musique");
        Member neighbour = member(assembly, "Amir");
        HttpResponse<String> stale = neighbour.client().open("/proposals/view.xhtml?id=" + proposal);

        HttpResponse<String> withdrawn = author.client().submit(author.client().open("/proposals/view.xhtml?id=" + proposal),
                "support", "support:withdrawProposal", Map.of());
        HttpResponse<String> refused = neighbour.client().submit(stale, "support", "support:give", Map.of());

        assertEquals("Retirée par son auteur·rice", Jsoup.parse(withdrawn.body()).selectFirst("[data-test=status]").text());
        assertTrue(PageText.alert(refused).contains("ne reçoit plus de soutiens"), refused.body());
        assertEquals(0, TestData.count(stack, "select supports from proposal where id = " + proposal));
        assertEquals(1, TestData.count(stack, "select count(*) from proposal_status_change where status = 'WITHDRAWN' and proposal_id = " + proposal));
    }

    @Test
    void theRandomOrderIsStableForOneVisitorAndDiffersBetweenVisitors() throws Exception {
        long assembly = openAssembly();
        SignedInClient first = member(assembly, "Premiere").client();
        SignedInClient second = member(assembly, "Seconde").client();
        TestData.execute(stack, "insert into proposal (assembly_id, author_id, title, body) select " + assembly
                + ", (select min(participant_id) from membership where assembly_id = " + assembly + "), 'Idée ' || n,"
                + " 'Une idée parmi d''autres, numéro ' || n from generate_series(1, 9) n");

        List<String> once = titles(first.open("/assemblies/view.xhtml?id=" + assembly));
        List<String> again = titles(first.open("/assemblies/view.xhtml?id=" + assembly));
        List<String> other = titles(second.open("/assemblies/view.xhtml?id=" + assembly));

        assertEquals(9, once.size());
        assertEquals(once, again, "the same visitor sees the same order");
        assertTrue(!once.equals(other), "another visitor sees another order (chance of the same: 1 in 362,880)");
        assertEquals(new java.util.TreeSet<>(once), new java.util.TreeSet<>(other));
    }

    private static List<String> titles(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("[data-test=proposal-title]").eachText();
    }

    @Test
    void theSixthProposalInAnHourIsRefusedWithAMessage() throws Exception {
        long assembly = openAssembly();
        Member member = member(assembly, "Prolixe");
        for (int i = 1; i <= 5; i++) {
            submit(member, assembly, "Idée numéro " + i);
        }

        HttpResponse<String> refused = member.client().submit(member.client().open("/assemblies/view.xhtml?id=" + assembly),
                "propose", "propose:submit", Map.of("propose:title", "Une de trop", "propose:body", "Encore une idée, la sixième."));

        assertTrue(PageText.alert(refused).contains("déjà publié 5 propositions dans l'heure"), refused.body());
        assertEquals(5, TestData.count(stack, "select count(*) from proposal where assembly_id = " + assembly));
    }

    @Test
    void aProposalPageOfAnAssemblyByInvitationIsNotFoundForOutsiders() throws Exception {
        long assembly = TestData.assembly(stack, "Cercle " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        TestAccount insider = TestData.account(stack, "Iris", "resident");
        SignedInClient insiderClient = SignedInClient.signIn(stack, insider.username(), TestData.PASSWORD);
        TestData.member(stack, assembly, insider);
        long proposal = submit(new Member(insider, insiderClient), assembly, "Entre nous");
        TestAccount outsider = TestData.account(stack, "Jules", "resident");
        SignedInClient outsiderClient = SignedInClient.signIn(stack, outsider.username(), TestData.PASSWORD);

        assertEquals(404, outsiderClient.get("/proposals/view.xhtml?id=" + proposal).statusCode());
        assertEquals(404, outsiderClient.get("/assemblies/view.xhtml?id=" + assembly).statusCode());
        assertEquals(404, outsiderClient.get("/assemblies/view.xhtml?id=abc").statusCode(), "a malformed id is just not found");
    }
}
