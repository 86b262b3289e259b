package org.agorapolis.town;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Administrators set up the town's neighbourhoods; bad names are refused; moderators are not administrators. */
class TownSettingsIT {

    private final Stack stack = TestStack.get();

    @Test
    void anAdministratorAddsAndRenamesANeighbourhoodAndBadNamesChangeNothing() throws Exception {
        Person admin = Residents.person(stack, "Administratrice", "resident", "admin");
        String name = "Quartier des Essais " + UUID.randomUUID().toString().substring(0, 6);

        String added = PageText.messages(admin.client().submit(admin.client().open("/admin/town/"), "add", "add:add", Map.of("add:name", name)));
        String twice = PageText.alert(admin.client().submit(admin.client().open("/admin/town/"), "add", "add:add", Map.of("add:name", name.toUpperCase())));
        String empty = PageText.alert(admin.client().submit(admin.client().open("/admin/town/"), "add", "add:add", Map.of("add:name", "  ")));
        String noName = PageText.alert(admin.client().submit(admin.client().open("/admin/town/"), "town", "town:save", Map.of("town:name", "")));
        HttpResponse<String> page = admin.client().open("/admin/town/");
        String form = Jsoup.parse(page.body()).select("[data-test=neighbourhood]").stream()
                .filter(li -> li.selectFirst("input[type=text]").val().equals(name)).findFirst().orElseThrow().selectFirst("form").id();
        String renamed = PageText.messages(admin.client().submit(page, form, form + ":save", Map.of(form + ":name", name + " Nord")));

        assertEquals("Le quartier est ajouté.", added);
        assertTrue(twice.contains("déjà ce nom"), twice);
        assertTrue(empty.contains("nom du quartier"), empty);
        assertTrue(noName.contains("nom de la ville"), noName);
        assertEquals("Le quartier est renommé.", renamed);
        assertEquals(1, TestData.count(stack, "select count(*) from neighbourhood where name = '" + name + " Nord' and code like 'quartier-des-essais-%'"));
        assertEquals(2, TestData.count(stack, "select count(*) from audit_entry where action in ('town.addNeighbourhood', 'town.renameNeighbourhood')"
                + " and (after ->> 'name') like '" + name + "%'"));
        assertEquals(403, Residents.person(stack, "Moderateur", "resident", "moderator").client().get("/admin/town/").statusCode());
    }
}
