package org.agorapolis.stack;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;

/** What a page said back, for integration tests that post forms. */
public final class PageText {

    private PageText() {
    }

    /** The refusals shown on the page (empty when there is none). */
    public static String alert(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select(".alert").text();
    }

    /** Every message shown at the top of the page, refusals and confirmations alike. */
    public static String messages(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select(".messages").text();
    }
}
