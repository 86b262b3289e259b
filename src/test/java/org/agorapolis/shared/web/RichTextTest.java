package org.agorapolis.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void sanitise_keepsTheAllowedFormatting() {
        String html = RichText.sanitise("<h2>Le projet</h2><p>Une <strong>cour</strong> <em>verte</em></p><ul><li>arbres</li></ul>");

        assertTrue(html.contains("<h2>Le projet</h2>"), html);
        assertTrue(html.contains("<strong>cour</strong>"), html);
        assertTrue(html.contains("<li>arbres</li>"), html);
    }

    @Test
    void sanitise_removesScriptsHandlersStylesAndDangerousLinks() {
        String html = RichText.sanitise("<p onclick=\"x()\" style=\"color:red\">a</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">b</a><img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>");

        assertEquals("<p>a</p><a rel=\"nofollow noopener noreferrer\">b</a>", html.replace("\n", ""));
        assertFalse(html.contains("script"));
    }

    @Test
    void sanitise_marksLinksSoThatTheyOpenNoDoor() {
        assertEquals("<a href=\"https://ville.example\" rel=\"nofollow noopener noreferrer\">plan</a>",
                RichText.sanitise("<a href=\"https://ville.example\" target=\"_blank\">plan</a>"));
    }
}
