package org.agorapolis.browser;

import java.util.List;

import com.microsoft.playwright.Page;

/** {@code /proposals/view.xhtml}: a proposal, its supports and its debate. */
public final class ProposalPage extends AgorapolisPage {

    public ProposalPage(Page page) {
        super(page);
        Browser.expect(page, "[data-test=proposal-page]");
    }

    public static ProposalPage open(Page page, String appUrl, String url) {
        page.navigate(url);
        return new ProposalPage(page);
    }

    public String status() {
        return page.locator("[data-test=status]").innerText().strip();
    }

    public String supports() {
        return page.locator("[data-test=supports]").innerText().strip();
    }

    public String message() {
        return page.locator(".messages").innerText().strip();
    }

    public ProposalPage support() {
        page.locator("[id='support:give']").click();
        return new ProposalPage(page);
    }

    public ProposalPage comment(String text) {
        page.locator("[id='comment:text']").fill(text);
        page.locator("[id='comment:send']").click();
        return new ProposalPage(page);
    }

    public List<String> comments() {
        return page.locator("[data-test=comment-body]").allInnerTexts();
    }

    public List<String> history() {
        return page.locator("[data-test=history] li").allInnerTexts();
    }
}
