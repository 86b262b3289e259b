package org.agorapolis.browser;

import java.util.List;

import com.microsoft.playwright.Page;

/** {@code /}: the town's assemblies. */
public final class HomePage extends AgorapolisPage {

    public HomePage(Page page) {
        super(page);
    }

    public static HomePage open(Page page, String appUrl) {
        page.navigate(appUrl + "/");
        return new HomePage(page);
    }

    public List<String> assemblyTitles() {
        return page.locator("[data-test=assembly] h2").allInnerTexts().stream().map(String::strip).toList();
    }

    public String notice() {
        return page.locator("p.notice").innerText().strip();
    }
}
