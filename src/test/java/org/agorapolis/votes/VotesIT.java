package org.agorapolis.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Ballots on the real server and database: secret votes with receipts, changes, counting, recounts, and every refusal. */
class VotesIT {

    private final Stack stack = TestStack.get();

    private Person member(long assembly, String name) throws Exception {
        Person person = Residents.person(stack, name);
        TestData.member(stack, assembly, person.account());
        return person;
    }

    /** The account signed in as a moderator of the assembly. */
    private SignedInClient moderatorOf(long assembly, TestAccount account) throws Exception {
        SignedInClient moderator = SignedInClient.signIn(stack, account.username(), TestData.PASSWORD);
        TestData.moderatorOf(stack, assembly, account);
        return moderator;
    }

    /** A time in the town, as the date pickers of the forms take it. */
    private static String picked(java.time.LocalDateTime time) {
        return time.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    }

    private static String page(long ballot) {
        return "/ballots/view.xhtml?id=" + ballot;
    }

    private static String receiptOn(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).selectFirst("[data-test=receipt]").text();
    }

    @Test
    void aMemberGradesSecretlyChangesTheirMindAndFindsTheirPaperOnceCounted() throws Exception {
        long assembly = TestData.assembly(stack, "Jugement " + UUID.randomUUID(), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "MAJORITY_JUDGMENT", true, "Un jardin", "Un parking", "Une halle");
        Person voter = member(assembly, "Jeanne");

        HttpResponse<String> voted = voter.client().submit(voter.client().open(page(ballot)), "vote", "vote:cast",
                Map.of("vote:grade0", "5", "vote:grade1", "0", "vote:grade2", "3"));
        assertEquals("Votre vote est enregistré.", PageText.messages(voted));
        String receipt = receiptOn(voted);
        assertTrue(receipt.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), receipt);
        assertEquals(1, TestData.count(stack, "select count(*) from ballot_voter where ballot_id = " + ballot));
        assertEquals(0, TestData.count(stack, "select count(*) from ballot_inbox where participant_id is not null and ballot_id = " + ballot),
                "a secret paper carries nobody");
        assertTrue(Jsoup.parse(voter.client().get(page(ballot)).body()).select("[data-test=receipt]").isEmpty(), "the receipt is shown once");

        HttpResponse<String> again = voter.client().submit(voter.client().open(page(ballot)), "vote", "vote:change",
                Map.of("vote:receipt", receipt.toLowerCase().replace("-", " "), "vote:grade0", "4", "vote:grade1", "1", "vote:grade2", "5"));
        assertEquals("Votre nouveau choix est enregistré ; il remplace le précédent.", PageText.messages(again));
        HttpResponse<String> wrongReceipt = voter.client().submit(voter.client().open(page(ballot)), "vote", "vote:change",
                Map.of("vote:receipt", "0000-0000-0000-0000-0000", "vote:grade0", "0", "vote:grade1", "0", "vote:grade2", "0"));
        assertEquals("Ce reçu ne correspond à aucun de vos bulletins pour ce scrutin.", PageText.alert(wrongReceipt));
        assertEquals(0, TestData.count(stack, "select count(*) from audit_entry where action in ('ballots.cast', 'ballots.change') and object_id = "
                + ballot + " and after is not null"), "the audit trail of a secret ballot never holds a choice");

        TestData.closeBallot(stack, ballot);
        TestData.awaitCounting(stack, ballot);
        Document counted = Jsoup.parse(voter.client().get(page(ballot) + "&receipt=" + receipt).body());
        assertEquals("Résultats publiés", counted.selectFirst("[data-test=ballot-status]").text());
        assertTrue(counted.selectFirst("[data-test=receipt-found]").text().contains("Un jardin : Très bien · Un parking : Insuffisant · Une halle : Excellent"),
                "only the last choice counts: " + counted.selectFirst("[data-test=receipt-found]").text());
        assertEquals("Une halle", counted.select("[data-test=result-table] tbody tr").get(0).selectFirst("th").text(), "Excellent ranks first");
        assertEquals(0, TestData.count(stack, "select count(*) from ballot_inbox where ballot_id = " + ballot), "every paper is in the box");
        String papers = voter.client().get("/ballots/papers.csv?id=" + ballot).body();
        assertEquals("\"receipt\",\"choice\"\r\n\"" + receipt + "\",\"4,1,5\"\r\n", papers);
    }

    @Test
    void fiftyVotesAtOnceByOneMemberLeaveExactlyOneCountedVote() throws Exception {
        long assembly = TestData.assembly(stack, "Rafale " + UUID.randomUUID(), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "FOR_AGAINST", true);
        Person voter = member(assembly, "Presse");
        // One person on ten devices (ten sessions), five ballot pages open on each: fifty clicks on "Vote" at once.
        List<SignedInClient> devices = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            devices.add(SignedInClient.signIn(stack, voter.account().username(), TestData.PASSWORD));
        }
        List<SignedInClient> clients = new ArrayList<>();
        List<HttpResponse<String>> pages = new ArrayList<>();
        for (SignedInClient device : devices) {
            for (int i = 0; i < 5; i++) {
                clients.add(device);
                pages.add(device.open(page(ballot)));
            }
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Integer> statuses = Concurrently.run(50, () -> {
            int i = next.getAndIncrement();
            return clients.get(i).post(pages.get(i), "vote", "vote:cast", Map.of("vote:answer", "FOR")).statusCode();
        });

        assertEquals(1, TestData.count(stack, "select count(*) from ballot_voter where ballot_id = " + ballot));
        assertEquals(1, TestData.count(stack, "select (select count(*) from ballot_inbox where ballot_id = " + ballot + ") + (select count(*) from ballot_box "
                + "where ballot_id = " + ballot + ")"));
        assertEquals(1, statuses.stream().filter(s -> s == 302).count(), "one vote went through: " + statuses);
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'ballots.cast' and object_id = " + ballot));
    }

    @Test
    void votesAfterClosingFromOutsiderOrLateMembersAndSecondVotesAreRefusedWithNothingStored() throws Exception {
        long assembly = TestData.assembly(stack, "Refus " + UUID.randomUUID(), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "FOR_AGAINST", true);
        Person voter = member(assembly, "Lucie");
        HttpResponse<String> form = voter.client().open(page(ballot));
        voter.client().submit(voter.client().open(page(ballot)), "vote", "vote:cast", Map.of("vote:answer", "AGAINST"));
        HttpResponse<String> second = voter.client().submit(form, "vote", "vote:cast", Map.of("vote:answer", "FOR"));
        assertEquals("Vous avez déjà voté. Pour changer votre vote, utilisez votre reçu.", PageText.alert(second));

        Person outsider = Residents.person(stack, "Passant");
        Document outside = Jsoup.parse(outsider.client().get(page(ballot)).body());
        assertEquals("Seuls les membres de l’assemblée votent à ce scrutin.", outside.selectFirst("[data-test=vote-refusal]").text());
        assertTrue(outside.select("form#vote").isEmpty());

        long early = TestData.ballot(stack, assembly, "FOR_AGAINST", true);
        TestData.asSuperuser(stack, "update ballot set members_before_opening = true where id = " + early); // as set before it opened
        Person late = member(assembly, "Retardataire");
        assertEquals("Ce scrutin est réservé aux membres arrivés avant son ouverture.",
                Jsoup.parse(late.client().get(page(early)).body()).selectFirst("[data-test=vote-refusal]").text());

        Person slow = member(assembly, "Lent");
        HttpResponse<String> open = slow.client().open(page(ballot));
        TestData.closeBallot(stack, ballot);
        HttpResponse<String> tooLate = slow.client().submit(open, "vote", "vote:cast", Map.of("vote:answer", "FOR"));
        assertEquals("Le vote est clos : votre choix n’a pas été enregistré.", PageText.alert(tooLate));
        assertEquals(1, TestData.count(stack, "select count(*) from ballot_voter where ballot_id = " + ballot), "only Lucie voted");
        TestData.awaitCounting(stack, ballot);
        assertEquals(1, TestData.count(stack, "select count(*) from ballot_box where ballot_id = " + ballot));
    }

    @Test
    void aProposalsBallotIsSetUpByItsModeratorAndItsOutcomeDecidesTheProposal() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long assembly = TestData.assembly(stack, "Décision " + tag, "VOTING", "PUBLIC");
        TestAccount moderatorAccount = TestData.account(stack, "Modo", "resident");
        SignedInClient moderator = moderatorOf(assembly, moderatorAccount);
        TestData.execute(stack, "insert into proposal (assembly_id, author_id, title, body, status) select " + assembly
                + ", id, 'Planter des arbres rue Haute " + tag + "', 'Des tilleuls le long de la rue Haute, pour l’ombre et les oiseaux.', 'SELECTED'"
                + " from participant where subject = '" + moderatorAccount.subject() + "'");
        long proposal = TestData.count(stack, "select id from proposal where assembly_id = " + assembly);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(org.agorapolis.town.Town.ZONE);

        HttpResponse<String> created = moderator.submit(moderator.open("/admin/ballots/?assembly=" + assembly), "selected", "selected:create",
                Map.of("selected:opensAt_input", picked(now.minusMinutes(1)), "selected:closesAt_input", picked(now.plusHours(2)),
                        "selected:secret", "on"));
        assertEquals("Les scrutins des propositions retenues sont créés.", PageText.messages(created));
        long ballot = TestData.count(stack, "select id from ballot where proposal_id = " + proposal);
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'ballots.create' and object_id = " + ballot));
        HttpResponse<String> twice = moderator.submit(moderator.open("/admin/ballots/?assembly=" + assembly), "selected", "selected:create",
                Map.of("selected:opensAt_input", picked(now.minusMinutes(1)), "selected:closesAt_input", picked(now.plusHours(2))));
        assertEquals("Aucune proposition retenue sans scrutin : rien n’a été créé.", PageText.alert(twice));
        assertEquals(403, Residents.person(stack, "Curieux").client().get("/admin/ballots/?assembly=" + assembly).statusCode());

        for (String answer : List.of("FOR", "FOR", "AGAINST", "ABSTAIN")) {
            Person voter = member(assembly, "Votant");
            voter.client().submit(voter.client().open(page(ballot)), "vote", "vote:cast", Map.of("vote:answer", answer));
        }
        TestData.closeBallot(stack, ballot);
        TestData.awaitCounting(stack, ballot);

        assertEquals("ADOPTED", TestData.text(stack, "select status from proposal where id = " + proposal), "2 for, 1 against");
        Document result = Jsoup.parse(moderator.get(page(ballot)).body());
        assertEquals(List.of("2", "1", "1"), result.select("[data-test=result-table] td").eachText());
        assertTrue(result.selectFirst("[data-test=turnout]").text().startsWith("4 votant·es sur 5 inscrit·es"), result.selectFirst("[data-test=turnout]").text());

        // The officials' report of the assembly: the ballot, its turnout suppressed below 5, its outcome.
        Person official = Residents.person(stack, "Elue", "resident", "official");
        org.jsoup.nodes.Element row = Jsoup.parse(official.client().get("/reports/?refresh=1&assembly=" + assembly).body())
                .selectFirst("[data-test=report-ballots] tbody tr");
        assertEquals("Planter des arbres rue Haute " + tag, row.selectFirst("th").text());
        assertEquals(List.of("< 5", "5", "—", "Adoptée"), row.select("td").eachText().subList(1, 5), "4 voters are hidden, and the turnout with them");
    }

    @Test
    void anApprovalBallotAmongTheSelectedProposalsAdoptsThoseApprovedOnMoreThanHalfThePapers() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long assembly = TestData.assembly(stack, "Choix " + tag, "VOTING", "PUBLIC");
        TestAccount moderatorAccount = TestData.account(stack, "Modo", "resident");
        SignedInClient moderator = moderatorOf(assembly, moderatorAccount);
        for (String title : List.of("Un verger " + tag, "Un kiosque " + tag, "Une fontaine " + tag)) {
            TestData.execute(stack, "insert into proposal (assembly_id, author_id, title, body, status) select " + assembly + ", id, '" + title
                    + "', 'Une idée pour la place, décrite en quelques mots.', 'SELECTED' from participant where subject = '" + moderatorAccount.subject() + "'");
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now(org.agorapolis.town.Town.ZONE);
        HttpResponse<String> created = moderator.submit(moderator.open("/admin/ballots/?assembly=" + assembly), "ballot", "ballot:save",
                Map.of("ballot:question", "Quels projets pour la place ?", "ballot:method", "APPROVAL", "ballot:amongSelected", "on",
                        "ballot:opensAt_input", picked(now.minusMinutes(1)), "ballot:closesAt_input", picked(now.plusHours(1)),
                        "ballot:secret", "on"));
        assertEquals("Le scrutin est créé.", PageText.messages(created), PageText.alert(created));
        long ballot = TestData.count(stack, "select min(id) from ballot where assembly_id = " + assembly);
        assertEquals(3, TestData.count(stack, "select count(proposal_id) from ballot_option where ballot_id = " + ballot), "each option is a proposal");
        HttpResponse<String> openingAtOnce = moderator.submit(moderator.open("/admin/ballots/?assembly=" + assembly), "ballot", "ballot:save",
                Map.of("ballot:question", "Quel jour pour la fête ?", "ballot:method", "MAJORITY_JUDGMENT", "ballot:options", "Samedi\nDimanche",
                        "ballot:opensAt_input", picked(now.minusMinutes(1)), "ballot:closesAt_input", picked(now.plusHours(1))));
        assertEquals("Le scrutin est créé.", PageText.messages(openingAtOnce), "a ballot opening at once gets its options");
        assertEquals(2, TestData.count(stack, "select count(*) from ballot_option o join ballot b on b.id = o.ballot_id where b.question = 'Quel jour pour la fête ?'"
                + " and b.assembly_id = " + assembly));

        // Verger on 3 of 4 papers (adopted), kiosque on 2 of 4 (not more than half), fontaine on 1.
        for (Map<String, String> choice : List.of(Map.of("vote:approve0", "on", "vote:approve1", "on"), Map.of("vote:approve0", "on"),
                Map.of("vote:approve0", "on", "vote:approve1", "on", "vote:approve2", "on"), Map.<String, String>of())) {
            Person voter = member(assembly, "Habitante");
            voter.client().submit(voter.client().open(page(ballot)), "vote", "vote:cast", choice);
        }
        TestData.closeBallot(stack, ballot);
        TestData.awaitCounting(stack, ballot);

        assertEquals("ADOPTED", TestData.text(stack, "select status from proposal where title = 'Un verger " + tag + "'"));
        assertEquals("REJECTED", TestData.text(stack, "select status from proposal where title = 'Un kiosque " + tag + "'"));
        assertEquals("REJECTED", TestData.text(stack, "select status from proposal where title = 'Une fontaine " + tag + "'"));
    }

    @Test
    void anOpenBallotsRulesAreFrozenAndTheAttemptIsWrittenInTheAuditTrail() throws Exception {
        long assembly = TestData.assembly(stack, "Gel " + UUID.randomUUID(), "VOTING", "PUBLIC");
        TestAccount moderatorAccount = TestData.account(stack, "Modo", "resident");
        SignedInClient moderator = moderatorOf(assembly, moderatorAccount);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(org.agorapolis.town.Town.ZONE);
        Map<String, String> rules = Map.of("ballot:question", "Quelle fête pour l’été ?", "ballot:method", "APPROVAL", "ballot:options",
                "Un bal\nUn marché de nuit\nUn cinéma en plein air", "ballot:opensAt_input", picked(now.plusDays(1)), "ballot:closesAt_input",
                picked(now.plusDays(8)), "ballot:secret", "on");
        HttpResponse<String> created = moderator.submit(moderator.open("/admin/ballots/?assembly=" + assembly), "ballot", "ballot:save", rules);
        assertEquals("Le scrutin est créé.", PageText.messages(created));
        long ballot = TestData.count(stack, "select id from ballot where assembly_id = " + assembly);
        assertEquals(3, TestData.count(stack, "select count(*) from ballot_option where ballot_id = " + ballot));

        Map<String, String> tooFew = new java.util.HashMap<>(rules);
        tooFew.put("ballot:options", "Un bal");
        HttpResponse<String> refused = moderator.submit(moderator.open("/admin/ballots/?assembly=" + assembly + "&ballot=" + ballot), "ballot", "ballot:save",
                tooFew);
        assertEquals("Il faut de 2 à 20 options, une par ligne.", PageText.alert(refused));

        HttpResponse<String> editing = moderator.open("/admin/ballots/?assembly=" + assembly + "&ballot=" + ballot);
        TestData.asSuperuser(stack, "update ballot set opens_at = now() - interval '1 minute' where id = " + ballot); // time passes
        Map<String, String> changed = new java.util.HashMap<>(rules);
        changed.put("ballot:method", "MAJORITY_JUDGMENT");
        HttpResponse<String> frozen = moderator.submit(editing, "ballot", "ballot:save", changed);
        assertEquals("Ce scrutin est ouvert : ses règles ne peuvent plus changer. La tentative est consignée au journal.", PageText.alert(frozen));
        assertEquals("APPROVAL", TestData.text(stack, "select method from ballot where id = " + ballot));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'ballots.reviseRefused' and object_id = " + ballot));
        java.sql.SQLException byTheDatabase = assertThrows(java.sql.SQLException.class,
                () -> TestData.execute(stack, "update ballot set secret = false where id = " + ballot));
        assertEquals("23514", byTheDatabase.getSQLState());
        assertThrows(java.sql.SQLException.class, () -> TestData.execute(stack, "delete from ballot_option where ballot_id = " + ballot));
    }

    @Test
    void anOfficialRecountsACountedBallotAndFindsTheSameResult() throws Exception {
        long assembly = TestData.assembly(stack, "Recompte " + UUID.randomUUID(), "VOTING", "PUBLIC");
        long ballot = TestData.ballot(stack, assembly, "APPROVAL", false, "Lundi", "Mardi", "Jeudi");
        for (Map<String, String> choice : List.of(Map.of("vote:approve0", "on", "vote:approve2", "on"), Map.of("vote:approve2", "on"), Map.<String, String>of())) {
            Person voter = member(assembly, "Approbatrice");
            voter.client().submit(voter.client().open(page(ballot)), "vote", "vote:cast", choice);
        }
        Document live = Jsoup.parse(Residents.person(stack, "Spectateur").client().get(page(ballot)).body());
        assertEquals("3 bulletins comptés.", live.selectFirst("[data-test=papers-counted]").text(), "a public ballot shows its count as it goes");
        TestData.closeBallot(stack, ballot);
        TestData.awaitCounting(stack, ballot);

        Person official = Residents.person(stack, "Elue", "resident", "official");
        HttpResponse<String> recounted = official.client().submit(official.client().open(page(ballot)), "recount", "recount:run", Map.of());
        assertEquals("Recompte : résultat identique (3 bulletins, 3 votant·es).", Jsoup.parse(recounted.body()).selectFirst("[data-test=recount]").text());
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'ballots.recount' and object_id = " + ballot));
        Document counted = Jsoup.parse(recounted.body());
        // Lundi 1 approval, Mardi 0, Jeudi 2 of 3 papers: Jeudi ranks first and, approved on more than half, is adopted.
        assertEquals(List.of(List.of("2", "1", "—"), List.of("3", "0", "—"), List.of("1", "2", "Adoptée")),
                counted.select("[data-test=result-table] tbody tr").stream().map(r -> r.select("td").eachText()).toList());
        assertEquals(List.of("Lundi", "Mardi", "Jeudi"), counted.select("[data-test=result-table] tbody th").eachText());
        assertEquals(3, counted.select("[data-test=papers] tbody tr").size());
        assertTrue(counted.select("[data-test=papers]").text().contains("Approbatrice"), "a public ballot names its voters");
        assertTrue(Jsoup.parse(Residents.person(stack, "Habitant").client().get(page(ballot)).body()).select("form#recount").isEmpty(),
                "residents do not recount");
        assertNotNull(counted.selectFirst("[data-test=result-downloads] a"));
    }
}
