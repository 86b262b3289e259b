package org.agorapolis.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.agorapolis.stack.PageText;
import org.agorapolis.stack.Residents;
import org.agorapolis.stack.Residents.Person;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The optional step where residents give their neighbourhood and age band for the reach reports — or decline. */
class SelfDescriptionIT {

    private final Stack stack = TestStack.get();

    private HttpResponse<String> describe(Person person, String neighbourhood, String ageBand) throws Exception {
        return person.client().submit(person.client().open("/account/"), "describe", "describe:save",
                Map.of("describe:neighbourhood", neighbourhood, "describe:ageBand", ageBand));
    }

    private String participant(Person person) {
        return "(select id from participant where subject = '" + person.account().subject() + "')";
    }

    @Test
    void aMemberIsOfferedTheStepAnswersOneQuestionDeclinesTheOtherAndIsNotAskedAgain() throws Exception {
        long assembly = TestData.assembly(stack, "Quartiers " + UUID.randomUUID(), "OPEN", "PUBLIC");
        TestData.execute(stack, "insert into neighbourhood (code, name) values ('pres-" + assembly + "', 'Les Prés " + assembly + "')");
        long neighbourhood = TestData.count(stack, "select id from neighbourhood where code = 'pres-" + assembly + "'");
        Person resident = Residents.person(stack, "Aline");
        TestData.member(stack, assembly, resident.account());
        assertTrue(Jsoup.parse(resident.client().open("/assemblies/view.xhtml?id=" + assembly).body()).selectFirst("[data-test=describe-prompt]") != null);

        String saved = PageText.messages(describe(resident, String.valueOf(neighbourhood), "declined"));

        assertEquals("Vos réponses sont enregistrées. Merci.", saved);
        assertEquals(1, TestData.count(stack, "select count(*) from participant where id = " + participant(resident) + " and neighbourhood_id = "
                + neighbourhood + " and age_band_id is null and age_band_declined and not neighbourhood_declined and described_at is not null"));
        assertNull(Jsoup.parse(resident.client().open("/assemblies/view.xhtml?id=" + assembly).body()).selectFirst("[data-test=describe-prompt]"),
                "answered or declined: not asked again");
        var form = Jsoup.parse(resident.client().open("/account/").body());
        assertEquals(String.valueOf(neighbourhood), form.selectFirst("select[id=describe:neighbourhood] option[selected]").val());
        assertEquals("declined", form.selectFirst("select[id=describe:ageBand] option[selected]").val());
    }

    @Test
    void choicesThatAreNotOfferedAreRefusedAndChangeNothing() throws Exception {
        Person resident = Residents.person(stack, "Bruno");
        long band = TestData.count(stack, "select min(id) from age_band");
        describe(resident, "", String.valueOf(band));

        String unknown = Jsoup.parse(describe(resident, "999999999", "declined").body()).select(".field__error").text();
        String notANumber = Jsoup.parse(describe(resident, "'; drop table participant; --", "").body()).select(".field__error").text();

        assertEquals("Ce choix n'est pas proposé.", unknown);
        assertEquals("Ce choix n'est pas proposé.", notANumber);
        assertEquals(1, TestData.count(stack, "select count(*) from participant where id = " + participant(resident) + " and age_band_id = " + band
                + " and neighbourhood_id is null and not neighbourhood_declined"), "the refused answers changed nothing");
    }
}
