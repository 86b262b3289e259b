package org.agorapolis.browser;

import java.util.List;

import com.microsoft.playwright.Page;

/** {@code /assemblies/view.xhtml}: an assembly, its proposals and its debate. */
public final class AssemblyPage extends AgorapolisPage {

    public AssemblyPage(Page page) {
        super(page);
        Browser.expect(page, "[data-test=assembly-page]");
    }

    public static AssemblyPage open(Page page, String appUrl, long id) {
        page.navigate(appUrl + "/assemblies/view.xhtml?id=" + id);
        return new AssemblyPage(page);
    }

    public String members() {
        return page.locator("[data-test=members]").innerText().strip();
    }

    public String message() {
        return page.locator(".messages").innerText().strip();
    }

    public AssemblyPage join() {
        page.locator("[id='membership:join']").click();
        return new AssemblyPage(page);
    }

    public boolean isMember() {
        return page.locator("[data-test=member-notice]").count() == 1;
    }

    public boolean offersToJoin() {
        return page.locator("[id='membership:join']").count() == 1;
    }

    public KeycloakLoginPage signInToJoin() {
        page.locator("form[id=membership] a.button").click();
        return KeycloakLoginPage.expect(page);
    }

    public ProposalPage propose(String title, String body) {
        page.locator("[id='propose:title']").fill(title);
        page.locator("[id='propose:body']").fill(body);
        page.locator("[id='propose:submit']").click();
        return new ProposalPage(page);
    }

    public List<String> proposalTitles() {
        return page.locator("[data-test=proposal-title]").allInnerTexts();
    }

    public boolean offersComment() {
        return page.locator("form[id=comment]").count() == 1;
    }

    public AssemblyPage comment(String text) {
        page.locator("[id='comment:text']").fill(text);
        page.locator("[id='comment:send']").click();
        return new AssemblyPage(page);
    }

    public List<String> comments() {
        return page.locator("[data-test=comment-body]").allInnerTexts();
    }
}
