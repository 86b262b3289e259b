package org.agorapolis.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What every page of the application has: the header (town, navigation, languages, sign-in or
 * sign-out) and the main heading. Each page object checks accessibility and the phone width when
 * it is reached.
 */
public class AgorapolisPage {

    protected final Page page;

    protected AgorapolisPage(Page page) {
        this.page = page;
    }

    /** Checks the page as it is now: axe-core finds no serious or critical violation, and it fits the screen's width. */
    public void assertAccessible(String screenshotName) {
        Browser.screenshot(page, screenshotName);
        assertEquals("", Browser.seriousAccessibilityViolations(page), "accessibility violations on " + page.url());
        assertTrue(Browser.fitsWidth(page), "the page scrolls sideways on " + page.url());
    }

    public String heading() {
        return page.locator("main h1").innerText().strip();
    }

    public String language() {
        return page.locator("html").getAttribute("lang");
    }

    public String signedInName() {
        Locator name = page.locator("[data-test=signed-in-name]");
        return name.count() == 0 ? "" : name.innerText().strip();
    }

    public List<String> navigation() {
        return page.locator("nav.site-nav ul a").allInnerTexts();
    }

    public KeycloakLoginPage clickSignIn() {
        page.locator(".session a.button").click();
        return new KeycloakLoginPage(page);
    }

    public HomePage signOut() {
        page.locator("form[id=signOut] input[type=submit]").click();
        page.waitForURL("**/?signedOut=true");
        return new HomePage(page);
    }

    public void switchLanguage(String linkText) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkText).setExact(true)).click();
        page.waitForLoadState();
    }

    public String url() {
        return page.url();
    }
}
