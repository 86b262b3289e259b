package org.agorapolis.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.agorapolis.stack.Concurrently;
import org.agorapolis.stack.SignedInClient;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.agorapolis.stack.TestStack;
import org.junit.jupiter.api.Test;

/** A participant row per person, created at the first sign-in, kept up to date at the next ones. */
class ParticipantSignInIT {

    private final Stack stack = TestStack.get();

    @Test
    void theFirstSignInCreatesTheParticipantAndLaterOnesUpdateIt() throws Exception {
        TestAccount resident = TestData.account(stack, "Hugo", "resident");

        SignedInClient first = SignedInClient.authenticate(stack, resident.username(), TestData.PASSWORD);
        assertEquals("/account/", first.returnToApplication().uri().getPath(), "back where the sign-in started");
        SignedInClient.signIn(stack, resident.email(), TestData.PASSWORD);

        String where = " from participant where issuer = '" + stack.realmUrl() + "' and subject = '" + resident.subject() + "'";
        assertEquals(1, TestData.count(stack, "select count(*)" + where));
        assertEquals(2, TestData.count(stack, "select sign_in_count" + where), "the e-mail address works as a login too");
        assertEquals(1, TestData.count(stack, "select count(*)" + where + " and email = '" + resident.email() + "'"));
    }

    @Test
    void theAccountPageShowsTheSignedInParticipant() throws Exception {
        TestAccount resident = TestData.account(stack, "Ines", "resident");
        SignedInClient client = SignedInClient.signIn(stack, resident.username(), TestData.PASSWORD);

        var page = client.get("/account/");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(resident.displayName()), "the name from the token");
        assertTrue(page.body().contains(resident.email()));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), "private pages are never cached");
    }

    @Test
    void firstSignInsRacingForTheSamePersonMakeExactlyOneParticipant() throws Exception {
        TestAccount resident = TestData.account(stack, "Jade", "resident");
        int sessions = 12;
        // Keycloak refuses concurrent logins of one account (brute-force protection), so the logins
        // happen one after the other; what races is their arrival at the application.
        List<SignedInClient> authenticated = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            authenticated.add(SignedInClient.authenticate(stack, resident.username(), TestData.PASSWORD));
        }
        java.util.Iterator<SignedInClient> next = authenticated.iterator();
        List<Integer> statuses = Concurrently.run(sessions, () -> {
            SignedInClient client;
            synchronized (next) {
                client = next.next();
            }
            return client.returnToApplication().statusCode();
        });
        assertEquals(List.of(200), statuses.stream().distinct().toList());

        String where = " from participant where subject = '" + resident.subject() + "'";
        assertEquals(1, TestData.count(stack, "select count(*)" + where), "one row, however many sign-ins race");
        assertEquals(sessions, TestData.count(stack, "select sign_in_count" + where), "every sign-in counted");
    }
}
