package org.agorapolis.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Personal links and their redemption, through the deployed pages. */
class InvitationsIT {

    private final Stack stack = TestStack.get();

    private Person person(String name) throws Exception {
        return Residents.person(stack, name);
    }

    /** A member of a new assembly with a personal link; returns the link's path ({@code /i/...}). */
    private String inviter(Person inviter, long assembly, String message) throws Exception {
        return Residents.personalLink(stack, inviter, assembly, message, "whatsapp");
    }

    private HttpResponse<String> joinThrough(Person invitee, String link) throws Exception {
        return Residents.join(invitee, link);
    }

    @Test
    void anInviteeJoinsThroughALinkWhichNeverStaysInTheAddressBar() throws Exception {
        long assembly = TestData.assembly(stack, "Sur invitation " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        Person inviter = person("Ines");
        String link = inviter(inviter, assembly, "Viens, on parle de la cour de l'école !");
        Person invitee = person("Jean");

        HttpResponse<String> opened = invitee.client().get(link);
        assertEquals(303, opened.statusCode());
        assertEquals("/invitations/welcome.xhtml", opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        Document welcome = Jsoup.parse(invitee.client().open(link).body());
        assertEquals("Ines Testeur vous invite à participer", welcome.selectFirst("[data-test=inviter]").text());
        assertEquals("Viens, on parle de la cour de l'école !", welcome.selectFirst("[data-test=invitation-message]").text());

        HttpResponse<String> joined = joinThrough(invitee, link);

        assertTrue(joined.uri().getPath().endsWith("/assemblies/view.xhtml"), joined.uri().toString());
        assertEquals(1, TestData.count(stack, "select count(*) from membership m join participant p on p.id = m.participant_id"
                + " where m.assembly_id = " + assembly + " and p.subject = '" + invitee.account().subject() + "' and m.generation = 1"));
        assertEquals(1, TestData.count(stack, "select count(*) from invitation_edge where channel = 'WHATSAPP' and generation = 1"
                + " and opened_at is not null and assembly_id = " + assembly));
        assertEquals(4, TestData.count(stack, "select remaining from invitation_quota q join participant p on p.id = q.participant_id"
                + " where q.assembly_id = " + assembly + " and p.subject = '" + inviter.account().subject() + "'"));
        Document mine = Jsoup.parse(inviter.client().open("/invitations/mine.xhtml?assembly=" + assembly).body());
        assertTrue(mine.selectFirst("[data-test=invitee]").text().startsWith("Jean Testeur"), "the inviter sees who joined");
        assertEquals(link.replace("?c=whatsapp", "?c=link"), URI.create(mine.selectFirst("[data-test=link]").val()).getRawPath() + "?c=link",
                "the same personal link, shown again");
    }

    @Test
    void fiftyParallelRedemptionsAgainstAQuotaOfFiveMakeExactlyFiveMembers() throws Exception {
        long assembly = TestData.assembly(stack, "Quota " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        String link = inviter(person("Quentin"), assembly, "");
        List<Person> invitees = Concurrently.run(50, () -> person("Invite"));
        List<HttpResponse<String>> welcomes = new java.util.ArrayList<>();
        for (Person invitee : invitees) {
            welcomes.add(invitee.client().open(link));
        }
        java.util.Iterator<Integer> next = java.util.stream.IntStream.range(0, 50).iterator();

        List<String> answers = Concurrently.run(50, () -> {
            int i;
            synchronized (next) {
                i = next.next();
            }
            HttpResponse<String> page = invitees.get(i).client().submit(welcomes.get(i), "welcome", "welcome:join", Map.of());
            return PageText.messages(page);
        });

        assertEquals(6, TestData.count(stack, "select count(*) from membership where assembly_id = " + assembly), "the inviter and five");
        assertEquals(5, TestData.count(stack, "select count(*) from invitation_edge where assembly_id = " + assembly));
        assertEquals(0, TestData.count(stack, "select remaining from invitation_quota where assembly_id = " + assembly + " and used = 5"));
        assertEquals(45, answers.stream().filter(a -> a.contains("n’a plus d’invitation")).count(), answers.toString());
    }

    @Test
    void unknownExpiredAndReplacedLinksAllGetTheSamePage() throws Exception {
        long assembly = TestData.assembly(stack, "Expirations " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person inviter = person("Karl");
        String first = inviter(inviter, assembly, "");
        HttpResponse<String> mine = inviter.client().open("/invitations/mine.xhtml?assembly=" + assembly);
        inviter.client().submit(mine, "link", "link:issue", Map.of());
        Person invitee = person("Lou");

        String replaced = Jsoup.parse(invitee.client().open(first).body()).select("main").text();
        String unknown = Jsoup.parse(invitee.client().open("/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").body()).select("main").text();
        String malformed = Jsoup.parse(invitee.client().open("/i/%27%20or%201=1").body()).select("main").text();
        String current = inviter(person("Mila"), assembly, "");
        TestData.execute(stack, "update invitation_link set created_at = now() - interval '31 days', expires_at = now() - interval '1 day'"
                + " where assembly_id = " + assembly);
        String expired = Jsoup.parse(invitee.client().open(current).body()).select("main").text();

        for (String page : List.of(replaced, unknown, malformed, expired)) {
            assertTrue(page.startsWith("Cette invitation ne fonctionne plus"), page);
        }
        assertEquals(replaced, unknown, "no way to tell a replaced link from a made-up one");
        assertEquals(0, TestData.count(stack, "select count(*) from invitation_edge where assembly_id = " + assembly));
    }

    @Test
    void ownLinkAlreadyMemberAndUsedUpQuotaAreRefusedWithTheirReason() throws Exception {
        long assembly = TestData.assembly(stack, "Refus " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person inviter = person("Nora");
        String link = inviter(inviter, assembly, "");
        Person member = person("Oscar");
        TestData.member(stack, assembly, member.account());
        TestData.execute(stack, "update invitation_quota set remaining = 0 where assembly_id = " + assembly);
        Person newcomer = person("Paula");

        String own = PageText.alert(joinThrough(inviter, link));
        String already = PageText.alert(joinThrough(member, link));
        String usedUp = PageText.alert(joinThrough(newcomer, link));

        assertTrue(own.contains("votre propre lien"), own);
        assertTrue(already.contains("déjà membre"), already);
        assertTrue(usedUp.contains("ouverte à tous"), "the public route is offered: " + usedUp);
        assertEquals(2, TestData.count(stack, "select count(*) from membership where assembly_id = " + assembly));
    }

    @Test
    void anInviteesFirstContributionEarnsTheInviterOneInvitationWithinTheCap() throws Exception {
        long assembly = TestData.assembly(stack, "Vagues " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestData.execute(stack, "update assembly set default_quota = 2, quota_cap = 3 where id = " + assembly);
        Person inviter = person("Vanessa");
        String link = inviter(inviter, assembly, "");
        Person first = person("Walid");
        Person second = person("Xena");
        joinThrough(first, link);
        joinThrough(second, link);
        String quota = "select remaining from invitation_quota q join participant p on p.id = q.participant_id where q.assembly_id = "
                + assembly + " and p.subject = '" + inviter.account().subject() + "'";
        assertEquals(0, TestData.count(stack, quota));

        comment(first, assembly, "Ma première contribution");
        comment(first, assembly, "Ma deuxième : rien de plus");
        comment(second, assembly, "Moi aussi, mais le plafond est atteint");

        assertEquals(1, TestData.count(stack, quota), "one wave, then the cap of 3 (2 used, 1 remaining)");
        assertEquals(2, TestData.count(stack, "select count(*) from invitation_edge where first_contribution_at is not null and assembly_id = " + assembly));
        Document mine = Jsoup.parse(inviter.client().open("/invitations/mine.xhtml?assembly=" + assembly).body());
        assertEquals(2, mine.select("[data-test=contributed]").size());
        assertTrue(mine.selectFirst("[data-test=earn-more]").text().contains("jusqu’à 3"), mine.selectFirst("[data-test=earn-more]").text());
    }

    private void comment(Person person, long assembly, String text) throws Exception {
        HttpResponse<String> page = person.client().open("/assemblies/view.xhtml?id=" + assembly);
        person.client().submit(page, "comment", "comment:send", Map.of("comment:text", text));
    }

    @Test
    void aMemberSeesTheirBranchNamesForDirectInviteesAndCountsBeyond() throws Exception {
        long assembly = TestData.assembly(stack, "Branche " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        Person root = person("Racine");
        Person child = person("Enfant");
        joinThrough(child, inviter(root, assembly, ""));
        String childLink = inviter(child, assembly, "");
        Person grandchild = person("Petite");
        joinThrough(grandchild, childLink);
        joinThrough(person("Arriere"), inviter(grandchild, assembly, ""));

        Document mine = Jsoup.parse(root.client().open("/invitations/mine.xhtml?assembly=" + assembly).body());

        assertEquals(1, mine.select("[data-test=invitee]").size(), "names of direct invitees only");
        assertTrue(mine.selectFirst("[data-test=invitee]").text().startsWith("Enfant Testeur"));
        assertTrue(mine.selectFirst("[data-test=invitee]").text().contains("a fait venir 2 personnes"), mine.selectFirst("[data-test=invitee]").text());
        assertFalse(mine.text().contains("Petite Testeur"), "no names beyond the first level");
        assertEquals(3, TestData.count(stack, "select max(generation) from invitation_edge where assembly_id = " + assembly));
    }

    /** Prints coupons for the member and returns their codes, as shown on the page. */
    private List<String> coupons(Person member, long assembly, int count) throws Exception {
        TestData.member(stack, assembly, member.account());
        HttpResponse<String> page = member.client().open("/invitations/mine.xhtml?assembly=" + assembly);
        HttpResponse<String> printed = member.client().submit(page, "print", "print:submit", Map.of("print:count", String.valueOf(count)));
        return Jsoup.parse(printed.body()).select("[data-test=coupon-code]").eachText();
    }

    private HttpResponse<String> typeCode(Person person, String code) throws Exception {
        return Residents.typeCode(person, code);
    }

    @Test
    void aCouponTypedByTwentyPeopleAtOnceBringsInExactlyOne() throws Exception {
        long assembly = TestData.assembly(stack, "Coupons " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        Person member = person("Coralie");
        List<String> codes = coupons(member, assembly, 1);
        assertEquals(1, codes.size());
        List<Person> people = Concurrently.run(20, () -> person("Passant"));
        List<HttpResponse<String>> welcomes = new java.util.ArrayList<>();
        for (Person person : people) {
            welcomes.add(typeCode(person, codes.get(0).toLowerCase()));
        }
        assertTrue(welcomes.get(0).body().contains("Coralie Testeur vous invite"), "typing the code opens the invitation");
        java.util.Iterator<Integer> next = java.util.stream.IntStream.range(0, 20).iterator();

        Concurrently.run(20, () -> {
            int i;
            synchronized (next) {
                i = next.next();
            }
            return people.get(i).client().submit(welcomes.get(i), "welcome", "welcome:join", Map.of()).statusCode();
        });

        assertEquals(2, TestData.count(stack, "select count(*) from membership where assembly_id = " + assembly), "the member and one");
        assertEquals(1, TestData.count(stack, "select count(*) from invitation_edge where channel = 'COUPON' and coupon_id is not null"
                + " and assembly_id = " + assembly));
        assertEquals(4, TestData.count(stack, "select remaining from invitation_quota where assembly_id = " + assembly + " and used = 1"));
    }

    @Test
    void aRevokedCouponGivesItsInvitationBackAndNoLongerWorks() throws Exception {
        long assembly = TestData.assembly(stack, "Annulation " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person member = person("Dorian");
        List<String> codes = coupons(member, assembly, 3);
        HttpResponse<String> page = member.client().open("/invitations/mine.xhtml?assembly=" + assembly);
        String form = Jsoup.parse(page.body()).selectFirst("[data-test=coupon] form").id();

        member.client().submit(page, form, form + ":submit", Map.of());
        HttpResponse<String> tooMany = member.client().submit(member.client().open("/invitations/mine.xhtml?assembly=" + assembly),
                "print", "print:submit", Map.of("print:count", "4"));
        String refused = PageText.alert(typeCode(person("Eloi"), codes.get(0)));

        assertEquals(3, TestData.count(stack, "select remaining from invitation_quota where assembly_id = " + assembly), "5 - 3 + 1");
        assertTrue(PageText.alert(tooMany).contains("pas assez d’invitations"), PageText.alert(tooMany));
        assertTrue(refused.contains("Ce code ne fonctionne pas"), refused);
    }

    @Test
    void theCouponSheetIsAPdfForItsMemberOnlyAndGuessingCodesIsCutShort() throws Exception {
        long assembly = TestData.assembly(stack, "Planche " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person member = person("Fanny");
        coupons(member, assembly, 2);

        HttpResponse<String> sheet = member.client().get("/invitations/coupons.pdf?assembly=" + assembly);
        assertEquals(200, sheet.statusCode());
        assertEquals("application/pdf", sheet.headers().firstValue("Content-Type").orElse(""));
        assertTrue(sheet.body().startsWith("%PDF-"));
        assertEquals(404, person("Gaspard").client().get("/invitations/coupons.pdf?assembly=" + assembly).statusCode());

        Person guesser = person("Hacker");
        String last = "";
        for (int i = 0; i < 11; i++) {
            last = PageText.alert(typeCode(guesser, "ZZZZZ-ZZZZ" + i));
        }
        assertTrue(last.contains("Trop d’essais"), last);
    }

    @Test
    void theQrCodeOfMyLinkIsForMeOnly() throws Exception {
        long assembly = TestData.assembly(stack, "QR " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person member = person("Yasmin");
        inviter(member, assembly, "");
        Person other = person("Zack");

        HttpResponse<String> svg = member.client().get("/invitations/qr.svg?assembly=" + assembly);
        HttpResponse<String> png = member.client().get("/invitations/qr.png?assembly=" + assembly);

        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertEquals("no-store", svg.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, other.client().get("/invitations/qr.svg?assembly=" + assembly).statusCode(), "not a member, no code");
        assertEquals(404, member.client().get("/invitations/qr.svg?assembly=abc").statusCode());
    }

    @Test
    void onlyMembersHaveInvitationsAndMessagesHaveALimit() throws Exception {
        long assembly = TestData.assembly(stack, "Membres " + UUID.randomUUID(), "OPEN", "PUBLIC");
        Person outsider = person("Rudy");
        Person member = person("Sonia");
        inviter(member, assembly, "");

        Document refused = Jsoup.parse(outsider.client().open("/invitations/mine.xhtml?assembly=" + assembly).body());
        HttpResponse<String> tooLong = member.client().submit(member.client().open("/invitations/mine.xhtml?assembly=" + assembly),
                "link", "link:issue", Map.of("link:message", "x".repeat(281)));

        assertTrue(refused.select(".alert").text().contains("Seuls les membres"), refused.text());
        assertTrue(refused.select("[data-test=link]").isEmpty());
        assertTrue(PageText.alert(tooLong).contains("280 caractères"), PageText.alert(tooLong));
        assertFalse(tooLong.body().contains("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</blockquote>"));
    }
}
