package org.agorapolis.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.agorapolis.stack.Http;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ErrorPagesIT {

    private final Stack stack = TestStack.get();

    @Test
    void anUnknownAddressGetsTheFriendly404PageInFrenchByDefault() throws Exception {
        HttpResponse<String> response = Http.get(stack.appUrl() + "/nulle-part");

        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("Page introuvable", page.selectFirst("main h1").text());
        assertNoInternals(response.body());
    }

    @Test
    void theSame404PageSpeaksEnglishToAnEnglishBrowser() throws Exception {
        HttpResponse<String> response = Http.get(stack.appUrl() + "/nowhere", "Accept-Language", "en-US,en;q=0.9");

        assertEquals(404, response.statusCode());
        assertEquals("Page not found", Jsoup.parse(response.body()).selectFirst("main h1").text());
    }

    @Test
    void aFormPostedWithAForgedViewStateGetsAFriendlyPageAndNoStackTrace() throws Exception {
        HttpResponse<String> response = Http.postForm(stack.appUrl() + "/index.xhtml",
                "signOut=signOut&signOut%3Abutton=x&jakarta.faces.ViewState=forged-state");

        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("Page expirée", page.selectFirst("main h1").text());
        assertNoInternals(response.body());
    }

    @Test
    void theServerErrorPageSpeaksBothLanguagesWithoutDetails() throws Exception {
        Document french = Jsoup.parse(Http.get(stack.appUrl() + "/errors/500.xhtml").body());
        Document english = Jsoup.parse(Http.get(stack.appUrl() + "/errors/500.xhtml", "Accept-Language", "en").body());

        assertEquals("Une erreur est survenue", french.selectFirst("main h1").text());
        assertEquals("Something went wrong", english.selectFirst("main h1").text());
        assertNoInternals(french.outerHtml());
    }

    @Test
    void templatesAndConfigurationAreNeverServed() throws Exception {
        for (String path : new String[] {"/WEB-INF/web.xml", "/WEB-INF/oidc.json", "/WEB-INF/templates/layout.xhtml"}) {
            HttpResponse<String> response = Http.get(stack.appUrl() + path);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 403, path + " → " + response.statusCode());
            assertFalse(response.body().contains("provider-url"), path);
        }
    }

    @Test
    void everyPageCarriesProtectiveHeaders() throws Exception {
        HttpResponse<String> response = Http.get(stack.appUrl() + "/");

        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void signInNeverRedirectsToAnotherSite() throws Exception {
        HttpResponse<String> response = Http.get(stack.appUrl() + "/signin?next=//evil.example/");

        assertEquals(302, response.statusCode());
        assertEquals(stack.appUrl() + "/login", response.headers().firstValue("Location").orElseThrow());
    }

    private static void assertNoInternals(String body) {
        String text = Jsoup.parse(body).body().text();
        assertFalse(text.matches("(?s).*\\w+(Exception|Error)\\b.*"), "no exception name: " + text);
        assertFalse(text.contains("at org.") || text.contains("at java."), "no stack trace");
        assertFalse(text.contains("WildFly") || text.contains("Undertow"), "no server banner");
    }
}
