package org.agorapolis.browser;

import java.util.List;

import com.microsoft.playwright.Page;

/** {@code /admin/} and {@code /reports/}: pages that show the town's figures. */
public final class FiguresPage extends AgorapolisPage {

    public FiguresPage(Page page) {
        super(page);
    }

    public static FiguresPage open(Page page, String url) {
        page.navigate(url);
        return new FiguresPage(page);
    }

    public long figure(String name) {
        return Long.parseLong(page.locator("[data-test=figures] [data-test=" + name + "]").innerText().strip());
    }

    /** The titles in the administration's table of assemblies. */
    public List<String> tableTitles() {
        // In reflow mode each cell repeats its column's title for small screens: leave it out.
        @SuppressWarnings("unchecked")
        List<String> titles = (List<String>) page.locator("[id$=assemblies] tbody tr td:first-child").evaluateAll(
                "cells => cells.map(c => Array.from(c.childNodes)"
                        + ".filter(n => !(n.classList && n.classList.contains('ui-column-title')))"
                        + ".map(n => n.textContent).join('').trim())");
        return titles;
    }

    public boolean showsError(String code) {
        return page.locator("[data-test=error-" + code + "]").count() == 1;
    }
}
