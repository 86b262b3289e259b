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

    private HttpResponse<String> saveLimits(Person admin, String quota, String cap, String threshold, String profile, String days) throws Exception {
        return saveLimits(admin, quota, cap, threshold, profile, days, "5");
    }

    private HttpResponse<String> saveLimits(Person admin, String quota, String cap, String threshold, String profile, String days, String k)
            throws Exception {
        return admin.client().submit(admin.client().open("/admin/town/"), "limits", "limits:save", Map.of("limits:quota", quota, "limits:cap", cap,
                "limits:threshold", threshold, "limits:profileThreshold", profile, "limits:days", days, "limits:k", k));
    }

    @Test
    void anAdministratorSetsTheDefaultsNewAssembliesStartFromAndBadValuesChangeNothing() throws Exception {
        Person admin = Residents.person(stack, "Administratrice", "resident", "admin");
        try {
            String overCap = PageText.alert(saveLimits(admin, "30", "20", "3", "3", "30"));
            String noDays = PageText.alert(saveLimits(admin, "5", "20", "3", "3", "0"));
            String notANumber = Jsoup.parse(saveLimits(admin, "cinq", "20", "3", "3", "30").body()).select(".field__error").text();
            String kTooSmall = PageText.alert(saveLimits(admin, "5", "20", "3", "3", "30", "2"));
            assertEquals("Le seuil de masquage des rapports va de 3 à 100 : jamais moins de 3 personnes.", kTooSmall);
            assertEquals("Les invitations données ne peuvent pas dépasser le plafond.", overCap);
            assertEquals("La durée de validité va de 1 à 365 jours.", noDays);
            assertTrue(notANumber.contains("nombre entier"), notANumber);
            assertEquals(0, TestData.count(stack, "select count(*) from town where default_quota <> 5 or invitation_days <> 30"));

            String saved = PageText.messages(saveLimits(admin, "8", "40", "4", "6", "14"));
            assertEquals("Les valeurs par défaut et limites sont enregistrées.", saved);
            assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'town.settings' and (after ->> 'invitationDays') = '14'"));

            // A new assembly starts from them; its own moderators then set its limits.
            Person moderator = Residents.person(stack, "Moderatrice", "resident", "moderator");
            HttpResponse<String> form = moderator.client().open("/admin/assemblies/edit.xhtml");
            String title = "Budget participatif " + UUID.randomUUID().toString().substring(0, 6);
            java.time.LocalDate today = java.time.LocalDate.now();
            java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            moderator.client().submit(form, "assembly", "assembly:save", Map.of("assembly:title", title,
                    "assembly:summary", "Décider ensemble de cent mille euros.", "assembly:visibility", "PUBLIC",
                    "assembly:opensOn_input", today.format(day), "assembly:votingOn_input", today.plusDays(20).format(day),
                    "assembly:closesOn_input", today.plusDays(30).format(day), "assembly:threshold", "10"));
            long assembly = TestData.count(stack, "select id from assembly where title = '" + title + "'");
            assertEquals(1, TestData.count(stack, "select count(*) from assembly where id = " + assembly
                    + " and default_quota = 8 and quota_cap = 40 and flag_threshold = 4"));
            HttpResponse<String> edit = moderator.client().open("/admin/assemblies/edit.xhtml?id=" + assembly);
            String tooMany = PageText.alert(moderator.client().submit(edit, "limits", "limits:save",
                    Map.of("limits:quota", "50", "limits:cap", "10", "limits:threshold", "2")));
            String limits = PageText.messages(moderator.client().submit(moderator.client().open("/admin/assemblies/edit.xhtml?id=" + assembly),
                    "limits", "limits:save", Map.of("limits:quota", "3", "limits:cap", "10", "limits:threshold", "2")));
            assertEquals("Les invitations données ne peuvent pas dépasser le plafond.", tooMany);
            assertEquals("Les limites de l’assemblée sont enregistrées.", limits);
            assertEquals(1, TestData.count(stack, "select count(*) from assembly where id = " + assembly
                    + " and default_quota = 3 and quota_cap = 10 and flag_threshold = 2"));
            assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'assemblies.limits' and assembly_id = " + assembly));

            // Links issued now last the town's 14 days.
            TestData.execute(stack, "update assembly set phase = 'OPEN' where id = " + assembly);
            Residents.personalLink(stack, moderator, assembly, "", "link");
            assertEquals(1, TestData.count(stack, "select count(*) from invitation_link where assembly_id = " + assembly
                    + " and expires_at between now() + interval '13 days 23 hours' and now() + interval '14 days 1 hour'"));
        } finally {
            saveLimits(admin, "5", "20", "3", "3", "30");
        }
    }

    @Test
    void ageBandsNeverOverlap() throws Exception {
        Person admin = Residents.person(stack, "Administratrice", "resident", "admin");
        HttpResponse<String> page = admin.client().open("/admin/town/");
        assertEquals(java.util.List.of("de 15 à 29 ans", "de 30 à 44 ans", "de 45 à 59 ans", "de 60 à 74 ans", "75 ans et plus"),
                Jsoup.parse(page.body()).select("[data-test=age-band-label]").eachText());

        String overlapping = PageText.alert(admin.client().submit(page, "band", "band:add", Map.of("band:min", "25", "band:max", "34")));
        String reversed = PageText.alert(admin.client().submit(admin.client().open("/admin/town/"), "band", "band:add",
                Map.of("band:min", "14", "band:max", "10")));
        String noMin = PageText.alert(admin.client().submit(admin.client().open("/admin/town/"), "band", "band:add", Map.of("band:min", "", "band:max", "10")));
        String tooOld = PageText.alert(admin.client().submit(admin.client().open("/admin/town/"), "band", "band:add",
                Map.of("band:min", "10", "band:max", "130")));
        assertEquals("Cette tranche chevauche une tranche existante.", overlapping);
        assertEquals("L’âge maximum ne peut pas être inférieur à l’âge minimum.", reversed);
        assertEquals("Indiquez l’âge minimum.", noMin);
        assertEquals("Les âges vont de 0 à 120 ans.", tooOld);
        assertEquals(5, TestData.count(stack, "select count(*) from age_band"));

        String added = PageText.messages(admin.client().submit(admin.client().open("/admin/town/"), "band", "band:add",
                Map.of("band:min", "11", "band:max", "14")));
        assertEquals("La tranche d’âge est ajoutée.", added);
        HttpResponse<String> withChildren = admin.client().open("/admin/town/");
        assertEquals("de 11 à 14 ans", Jsoup.parse(withChildren.body()).select("[data-test=age-band-label]").first().text());
        String removed = PageText.messages(admin.client().submit(withChildren, "bands:0:remove", "bands:0:remove:remove", Map.of()));
        assertEquals("La tranche d’âge est retirée.", removed);
        assertEquals(5, TestData.count(stack, "select count(*) from age_band"));
        // The database holds it too: an overlapping band written around the application is refused.
        org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> TestData.execute(stack, "insert into age_band (min_age, max_age) values (70, 80)"));
    }

    private HttpResponse<String> uploadCensus(Person admin, String csv) throws Exception {
        return admin.client().submitFile(admin.client().open("/admin/town/"), "census", "census:upload", Map.of(), "census:file", "recensement.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorUploadsTheCensusWholeOrNotAtAllAndEveryBadLineIsNamed() throws Exception {
        Person admin = Residents.person(stack, "Administratrice", "resident", "admin");
        String place = "Recensé " + UUID.randomUUID().toString().substring(0, 6);
        admin.client().submit(admin.client().open("/admin/town/"), "add", "add:add", Map.of("add:name", place));

        HttpResponse<String> refused = uploadCensus(admin, "quartier;tranche;population\n" + place + ";15-29;1200\nNulle part;15-29;10\n"
                + place + ";12-14;3\n" + place + ";30-44;beaucoup\n");
        String problems = PageText.alert(refused);
        assertTrue(problems.contains("Rien n’a été enregistré"), problems);
        assertTrue(problems.contains("Ligne 3 : quartier inconnu « Nulle part »."), problems);
        assertTrue(problems.contains("Ligne 4 : tranche d’âge inconnue « 12-14 »"), problems);
        assertTrue(problems.contains("Ligne 5 : la population doit être un nombre entier"), problems);
        String beforeAny = "select count(*) from census c join neighbourhood n on n.id = c.neighbourhood_id where n.name = '" + place + "'";
        assertEquals(0, TestData.count(stack, beforeAny), "nothing of a refused file is kept");
        String notText = PageText.alert(admin.client().submitFile(admin.client().open("/admin/town/"), "census", "census:upload", Map.of(),
                "census:file", "photo.csv", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00, '\n', 0x01}));
        assertTrue(notText.contains("UTF-8"), notText);
        String tooBig = PageText.alert(uploadCensus(admin, "quartier;tranche;population\n" + (place + ";15-29;1\n").repeat(120_000)));
        assertEquals("Le fichier dépasse 1000 Ko.", tooBig.replaceAll("[\\s\u00a0\u202f]", " ").replace("1 000", "1000"));

        String saved = PageText.messages(uploadCensus(admin, "quartier;tranche;population\n" + place + ";15-29;1 200\n" + place + ";75+;300\n"));
        assertEquals("Le recensement est enregistré : 2 lignes.", saved);
        assertEquals(2, TestData.count(stack, beforeAny));
        assertEquals(1500, TestData.count(stack, "select sum(population) from census"));
        assertEquals(1, TestData.count(stack, "select count(*) from audit_entry where action = 'town.census' and (after ->> 'population') = '1500'"));
        HttpResponse<String> page = admin.client().open("/admin/town/");
        assertEquals(3, Jsoup.parse(page.body()).select("[data-test=census] tr").size(), "a header and two lines");
        assertEquals(403, Residents.person(stack, "Moderateur", "resident", "moderator").client().get("/admin/town/").statusCode());
    }
}
