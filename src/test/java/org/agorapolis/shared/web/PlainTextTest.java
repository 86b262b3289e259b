package org.agorapolis.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void toHtml_encodesEverythingThatMeansSomethingInHtml() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", PlainText.toHtml("<script>alert(\"x\")</script> & '"));
    }

    @Test
    void toHtml_makesWebAddressesClickableWithoutTheTrailingPunctuation() {
        assertEquals("Voir <a href=\"https://ville.example/plan?a=1&amp;b=2\" rel=\"nofollow ugc noopener noreferrer\">"
                        + "https://ville.example/plan?a=1&amp;b=2</a>.",
                PlainText.toHtml("Voir https://ville.example/plan?a=1&b=2."));
    }

    @Test
    void toHtml_neverLinksScriptsOrBreaksOutOfTheAttribute() {
        String html = PlainText.toHtml("javascript:alert(1) https://x.example/\"onmouseover=\"alert(1)");

        assertFalse(html.contains("href=\"javascript"), html);
        assertFalse(html.contains("\"onmouseover"), html);
    }

    @Test
    void toHtml_keepsLineBreaks() {
        assertEquals("un<br/>deux", PlainText.toHtml("un\ndeux"));
    }
}
