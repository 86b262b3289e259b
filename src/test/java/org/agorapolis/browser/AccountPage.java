package org.agorapolis.browser;

import com.microsoft.playwright.Page;

/** {@code /account/}: the signed-in participant. */
public final class AccountPage extends AgorapolisPage {

    public AccountPage(Page page) {
        super(page);
    }

    public static AccountPage open(Page page, String appUrl) {
        page.navigate(appUrl + "/account/");
        return new AccountPage(page);
    }

    public String name() {
        return page.locator("[data-test=account-name]").innerText().strip();
    }

    public String roles() {
        return page.locator("[data-test=account-roles]").innerText().strip();
    }
}
