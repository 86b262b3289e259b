package org.agorapolis.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.Page;

import org.agorapolis.browser.AssemblyPage;
import org.agorapolis.browser.BrowserTest;
import org.agorapolis.browser.ProposalPage;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestData.TestAccount;
import org.junit.jupiter.api.Test;

class ResidentsProposeAndSupportUntilSelectedE2E extends BrowserTest {

    @Test
    void aResidentJoinsAndProposesAnotherCommentsAndSupportsAndAThirdGetsItSelected() throws Exception {
        long assembly = TestData.assembly(stack, "Place du marché " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestData.threshold(stack, assembly, 2);
        TestAccount author = TestData.account(stack, "Ulysse", "resident");

        Page authorPhone = phone();
        AssemblyPage visit = AssemblyPage.open(authorPhone, stack.appUrl(), assembly);
        visit.assertAccessible("assembly-visitor");
        assertFalse(visit.offersComment(), "visitors read the debate but cannot write");
        visit.signInToJoin().signIn(author.username(), TestData.PASSWORD);
        AssemblyPage joined = new AssemblyPage(authorPhone).join();
        assertTrue(joined.isMember());
        assertEquals("Un membre", joined.members());
        joined.assertAccessible("assembly-member");

        ProposalPage proposal = joined.propose("Des bancs à l'ombre", "Trois bancs sous les platanes, face à la fontaine.");
        assertEquals("Publiée", proposal.status());
        assertEquals("Votre proposition est publiée.", proposal.message());
        proposal.assertAccessible("proposal-author");
        String proposalUrl = proposal.url();

        TestAccount neighbour = TestData.account(stack, "Vera", "resident");
        Page neighbourPhone = phone();
        signedIn(neighbourPhone, neighbour, "/assemblies/view.xhtml?id=" + assembly);
        new AssemblyPage(neighbourPhone).join();
        ProposalPage seen = ProposalPage.open(neighbourPhone, stack.appUrl(), proposalUrl);
        seen = seen.comment("Bonne idée, et un point d'eau ? <b>vite</b>");
        assertEquals("Bonne idée, et un point d'eau ? <b>vite</b>", seen.comments().get(0), "shown as typed, never as HTML");
        seen = seen.support();
        assertEquals("Merci pour votre soutien !", seen.message());
        assertEquals("Un soutien", seen.supports());
        seen.assertAccessible("proposal-supporter");

        TestAccount third = TestData.account(stack, "Wassim", "resident");
        Page thirdPhone = browser.newVisitor("en-GB", 1280);
        signedIn(thirdPhone, third, "/assemblies/view.xhtml?id=" + assembly);
        new AssemblyPage(thirdPhone).join();
        ProposalPage selected = ProposalPage.open(thirdPhone, stack.appUrl(), proposalUrl).support();

        assertEquals("Selected for the vote", selected.status());
        assertEquals("2 supports", selected.supports());
        assertEquals(2, selected.history().size(), "published, then selected");
        selected.assertAccessible("proposal-selected-en");
        assertEquals(1, TestData.count(stack, "select count(*) from proposal where status = 'SELECTED' and assembly_id = " + assembly));
    }

    @Test
    void anOutsiderCannotSeeOrCommentInAnAssemblyByInvitationWhileAMemberCan() throws Exception {
        long assembly = TestData.assembly(stack, "Conseil de quartier " + UUID.randomUUID(), "OPEN", "BY_INVITATION");
        TestAccount outsider = TestData.account(stack, "Xavier", "resident");
        TestAccount insider = TestData.account(stack, "Yasmine", "resident");

        Page outsiderPhone = signedIn(phone(), outsider, "/assemblies/view.xhtml?id=" + assembly);
        assertEquals(1, outsiderPhone.locator("[data-test=error-404]").count(), "not found, for those who are not invited");
        assertFalse(outsiderPhone.content().contains("Conseil de quartier"));

        Page insiderPhone = signedIn(phone(), insider, "/");
        TestData.member(stack, assembly, insider);
        AssemblyPage page = AssemblyPage.open(insiderPhone, stack.appUrl(), assembly);
        assertTrue(page.offersComment());
        assertFalse(page.offersToJoin(), "by invitation: nobody joins by a button");
        page = page.comment("Merci pour l'invitation.");
        assertEquals(java.util.List.of("Merci pour l'invitation."), page.comments());
        page.assertAccessible("assembly-by-invitation-member");
    }
}
