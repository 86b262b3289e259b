package org.agorapolis.browser;

import com.microsoft.playwright.Page;

import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What browser tests share: the running stack and one Chromium per test class. */
public abstract class BrowserTest {

    protected static Stack stack;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        stack = TestStack.get();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** A French-speaking visitor on a 360-pixel phone. */
    protected static Page phone() {
        return browser.newVisitor("fr-FR", 360);
    }

    /** Signs in at Keycloak through the application's sign-in link, landing on the given page. */
    protected static Page signedIn(Page page, TestAccount account, String path) {
        page.navigate(stack.appUrl() + "/signin?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        KeycloakLoginPage.expect(page).signIn(account.username(), TestData.PASSWORD);
        return page;
    }
}
