package org.agorapolis.invitations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.PageText;
import org.agorapolis.stack.QrReader;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Poster codes: created by moderators, printed, scanned by passers-by who join as generation 1. */
class PostersIT {

    private final Stack stack = TestStack.get();

    private SignedInClient signIn(String name, String role) throws Exception {
        TestAccount account = TestData.account(stack, name, role);
        return SignedInClient.signIn(stack, account.username(), TestData.PASSWORD);
    }

    private HttpResponse<String> create(SignedInClient moderator, long assembly, String name, String address) throws Exception {
        HttpResponse<String> page = moderator.open("/admin/posters/?assembly=" + assembly);
        return moderator.submit(page, "poster", "poster:create", Map.of("poster:name", name, "poster:address", address));
    }

    private static Element poster(HttpResponse<String> page, String name) {
        return Jsoup.parse(page.body()).select("[data-test=poster]").stream()
                .filter(p -> p.selectFirst("[data-test=poster-name]").text().startsWith(name)).findFirst().orElseThrow();
    }

    /** The path the poster's QR code leads to, read from its PNG as a phone would. */
    private String scannedPath(SignedInClient moderator, Element poster) throws Exception {
        HttpResponse<byte[]> png = moderator.bytes(poster.selectFirst("[data-test=poster-png]").attr("href"));
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        URI scanned = URI.create(QrReader.read(png.body()));
        return scanned.getRawPath() + "?" + scanned.getRawQuery();
    }

    @Test
    void aPasserByScansAPosterJoinsAsGenerationOneAndThePosterCountsThem() throws Exception {
        long assembly = TestData.assembly(stack, "Affiches " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        SignedInClient moderator = signIn("Modeste", "moderator");
        HttpResponse<String> created = create(moderator, assembly, "Boulangerie de la place du Marché", "2 place du Marché");
        assertEquals("L’affiche est créée : imprimez-la.", PageText.messages(created));
        Element poster = poster(created, "Boulangerie");
        String path = scannedPath(moderator, poster);
        assertTrue(path.startsWith("/i/") && path.endsWith("?c=poster"), path);

        SignedInClient passerBy = signIn("Passante", "resident");
        Document welcome = Jsoup.parse(passerBy.open(path).body());
        passerBy.open(path);
        assertEquals("Invitation trouvée sur une affiche : Boulangerie de la place du Marché", welcome.selectFirst("[data-test=inviter]").text());
        HttpResponse<String> joined = passerBy.submit(passerBy.open("/invitations/welcome.xhtml"), "welcome", "welcome:join", Map.of());
        assertTrue(joined.uri().getPath().endsWith("/assemblies/view.xhtml"), joined.uri().toString());
        passerBy.submit(passerBy.open("/assemblies/view.xhtml?id=" + assembly), "comment", "comment:send", Map.of("comment:text", "Vu l’affiche !"));
        signIn("Curieux", "resident").open(path);

        assertEquals(1, TestData.count(stack, "select count(*) from membership where assembly_id = " + assembly
                + " and generation = 1 and invited_by is null"));
        assertEquals(1, TestData.count(stack, "select count(*) from invitation_edge where assembly_id = " + assembly
                + " and channel = 'POSTER' and poster_id is not null and inviter_id is null and generation = 1 and first_contribution_at is not null"));
        assertEquals(0, TestData.count(stack, "select count(*) from invitation_quota where assembly_id = " + assembly), "a poster has no quota");
        Element figures = poster(moderator.open("/admin/posters/?assembly=" + assembly), "Boulangerie");
        assertEquals("2", figures.selectFirst("[data-test=poster-scans]").text(), "one per visit");
        assertEquals("1", figures.selectFirst("[data-test=poster-joined]").text());
        assertEquals("1", figures.selectFirst("[data-test=poster-contributed]").text());
        HttpResponse<byte[]> pdf = moderator.bytes(poster.selectFirst("[data-test=poster-pdf]").attr("href"));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    }

    @Test
    void aRetiredPosterLeadsNowhereAndBadNamesAreRefused() throws Exception {
        long assembly = TestData.assembly(stack, "Retrait " + UUID.randomUUID(), "OPEN", "PUBLIC");
        SignedInClient moderator = signIn("Morgane", "moderator");
        HttpResponse<String> created = create(moderator, assembly, "Médiathèque", "");
        String path = scannedPath(moderator, poster(created, "Médiathèque"));

        String empty = PageText.alert(create(moderator, assembly, "   ", ""));
        String tooLong = PageText.alert(create(moderator, assembly, "x".repeat(121), ""));
        String taken = PageText.alert(create(moderator, assembly, "MÉDIATHÈQUE", ""));
        String form = Jsoup.parse(created.body()).selectFirst("[data-test=poster] form").id();
        HttpResponse<String> retired = moderator.submit(moderator.open("/admin/posters/?assembly=" + assembly), form, form + ":retire", Map.of());
        SignedInClient passerBy = signIn("Tardif", "resident");
        String page = Jsoup.parse(passerBy.open(path).body()).select("main").text();

        assertTrue(empty.contains("nom du lieu"), empty);
        assertTrue(tooLong.contains("120 caractères"), tooLong);
        assertTrue(taken.contains("déjà ce nom"), "names compare without case: " + taken);
        assertEquals("L’affiche est retirée : son QR code ne fonctionne plus.", PageText.messages(retired));
        assertTrue(page.startsWith("Cette invitation ne fonctionne plus"), page);
        assertEquals(1, TestData.count(stack, "select count(*) from poster where assembly_id = " + assembly));
        assertEquals(2, TestData.count(stack, "select count(*) from audit_entry where action like 'posters.%' and assembly_id = " + assembly),
                "created and retired, in the audit trail");
        assertEquals(0, TestData.count(stack, "select count(*) from membership where assembly_id = " + assembly));
    }

    @Test
    void residentsCanNeitherCreateNorPrintPosters() throws Exception {
        long assembly = TestData.assembly(stack, "Interdit " + UUID.randomUUID(), "OPEN", "PUBLIC");
        SignedInClient moderator = signIn("Mathis", "moderator");
        Element poster = poster(create(moderator, assembly, "Abribus", ""), "Abribus");
        SignedInClient resident = signIn("Rene", "resident");

        assertEquals(403, resident.get("/admin/posters/?assembly=" + assembly).statusCode());
        assertEquals(403, resident.bytes(poster.selectFirst("[data-test=poster-pdf]").attr("href")).statusCode());
        assertEquals(404, moderator.get("/admin/posters/poster.pdf?id=999999999").statusCode());
        assertEquals(404, moderator.get("/admin/posters/?assembly=999999999").statusCode());
    }
}
