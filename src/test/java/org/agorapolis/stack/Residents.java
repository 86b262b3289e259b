package org.agorapolis.stack;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.agorapolis.stack.TestData.TestAccount;
import org.jsoup.Jsoup;

/** Residents as integration tests play them: an account, signed in, and the invitation steps they take. */
public final class Residents {

    private Residents() {
    }

    /** A signed-in person. */
    public record Person(TestAccount account, SignedInClient client) {
    }

    /** A new account with these roles (a resident when none), signed in. */
    public static Person person(Stack stack, String name, String... roles) throws Exception {
        TestAccount account = TestData.account(stack, name, roles.length == 0 ? new String[] {"resident"} : roles);
        return new Person(account, SignedInClient.signIn(stack, account.username(), TestData.PASSWORD));
    }

    /** Makes the person a member and issues their personal link; returns its path with the channel ({@code /i/...?c=}). */
    public static String personalLink(Stack stack, Person inviter, long assembly, String message, String channel) throws Exception {
        TestData.member(stack, assembly, inviter.account());
        HttpResponse<String> page = inviter.client().open("/invitations/mine.xhtml?assembly=" + assembly);
        HttpResponse<String> created = inviter.client().submit(page, "link", "link:issue", Map.of("link:message", message));
        return URI.create(Jsoup.parse(created.body()).selectFirst("[data-test=link]").val()).getRawPath() + "?c=" + channel;
    }

    /** Opens the link and presses Join. */
    public static HttpResponse<String> join(Person invitee, String link) throws Exception {
        return invitee.client().submit(invitee.client().open(link), "welcome", "welcome:join", Map.of());
    }

    /** Types a coupon's code on the code page. */
    public static HttpResponse<String> typeCode(Person person, String code) throws Exception {
        return person.client().submit(person.client().open("/invitations/code.xhtml"), "code", "code:open", Map.of("code:value", code));
    }
}
