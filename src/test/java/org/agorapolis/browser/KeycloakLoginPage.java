package org.agorapolis.browser;

import com.microsoft.playwright.Page;

/** The real Keycloak login page of the realm. */
public final class KeycloakLoginPage {

    private final Page page;

    KeycloakLoginPage(Page page) {
        this.page = page;
        page.waitForSelector("#kc-form-login");
    }

    /** Where a protected page sends a visitor who is not signed in. */
    public static KeycloakLoginPage expect(Page page) {
        return new KeycloakLoginPage(page);
    }

    /** The login page is the town's too: same accessibility and phone-width checks as the application's pages. */
    public void assertAccessible(String screenshotName) {
        Browser.screenshot(page, screenshotName);
        org.junit.jupiter.api.Assertions.assertEquals("", Browser.seriousAccessibilityViolations(page), "accessibility violations on the login page");
        org.junit.jupiter.api.Assertions.assertTrue(Browser.fitsWidth(page), "the login page scrolls sideways");
    }

    public String language() {
        return page.locator("html").getAttribute("lang");
    }

    public String submitLabel() {
        return page.locator("#kc-login").inputValue();
    }

    public boolean offersRegistration() {
        return page.locator("a[href*='registration']").count() > 0;
    }

    /** Signs in and lands back on the application. */
    public void signIn(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(url -> !url.contains("/realms/"));
    }

    /**
     * Follows the login page's "register" link and creates the account; then, as a newcomer would,
     * opens the verification link Keycloak e-mails and chooses a password (the realm asks for it
     * once the address is proven). Lands back on the application, signed in.
     */
    public void register(String username, String email, String firstName, String lastName, String password,
                         org.agorapolis.stack.MailCatcher mail) throws InterruptedException {
        page.locator("a[href*='registration']").first().click();
        page.waitForSelector("#kc-register-form");
        page.locator("#username").fill(username);
        page.locator("#email").fill(email);
        page.locator("#firstName").fill(firstName);
        page.locator("#lastName").fill(lastName);
        if (page.locator("#password").count() > 0) {
            page.locator("#password").fill(password);
            page.locator("#password-confirm").fill(password);
        }
        page.locator("#kc-register-form [type=submit]").click();
        page.waitForSelector("#kc-register-form", new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertAccessible("keycloak-verify-email");
        jakarta.mail.internet.MimeMessage verification = mail.await(email, m -> true, java.time.Duration.ofSeconds(30));
        page.navigate(org.agorapolis.stack.MailCatcher.firstLink(verification));
        page.waitForLoadState();
        if (page.url().contains("/realms/") && page.locator("#password-new").count() > 0) {
            assertAccessible("keycloak-choose-password");
            page.locator("#password-new").fill(password);
            page.locator("#password-confirm").fill(password);
            page.locator("[type=submit]").first().click();
        }
        page.waitForURL(url -> !url.contains("/realms/"));
    }

    /** Tries a wrong password: stays on the login page with an error. */
    public String signInRefused(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForSelector("#input-error, .kc-feedback-text, .pf-m-danger, .alert-error");
        return page.locator("#input-error, .kc-feedback-text, .pf-m-danger, .alert-error").first().innerText();
    }
}
