package org.agorapolis.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestData;
import org.agorapolis.stack.TestStack;
import org.junit.jupiter.api.Test;

/** The schema belongs to Flyway, and holds the integrity rules itself. */
class SchemaIT {

    private final Stack stack = TestStack.get();

    @Test
    void flywayHasAppliedEveryMigrationSuccessfully() throws Exception {
        assertEquals(0, TestData.count(stack, "select count(*) from flyway_schema_history where not success"));
        assertEquals(1, TestData.count(stack, "select count(*) from flyway_schema_history where version = '1'"));
        assertEquals(1, TestData.count(stack, "select count(*) from flyway_schema_history where version = '2'"));
    }

    @Test
    void aParticipantIsUniqueByIssuerAndSubject() throws Exception {
        String subject = UUID.randomUUID().toString();
        String insert = "insert into participant (issuer, subject, display_name, first_sign_in_at, last_sign_in_at) "
                + "values ('https://idp.example/realms/a', '" + subject + "', 'Anne', now(), now())";
        execute(insert);

        SQLException refused = assertThrows(SQLException.class, () -> execute(insert));

        assertEquals("23505", refused.getSQLState(), "unique violation");
        assertEquals(1, TestData.count(stack, "select count(*) from participant where subject = '" + subject + "'"));
    }

    @Test
    void theDatabaseRefusesAssembliesWhoseDatesAreOutOfOrderOrWhoseTitleIsBlank() {
        SQLException dates = assertThrows(SQLException.class, () -> execute(
                "insert into assembly (title, summary, phase, visibility, opens_on, voting_on, closes_on) "
                        + "values ('Dates', '', 'OPEN', 'PUBLIC', current_date, current_date - 1, current_date + 1)"));
        SQLException blank = assertThrows(SQLException.class, () -> execute(
                "insert into assembly (title, summary, phase, visibility) values ('   ', '', 'OPEN', 'PUBLIC')"));
        SQLException phase = assertThrows(SQLException.class, () -> execute(
                "insert into assembly (title, summary, phase, visibility) values ('Phase', '', 'PAUSED', 'PUBLIC')"));

        assertEquals("23514", dates.getSQLState(), "check violation");
        assertEquals("23514", blank.getSQLState());
        assertEquals("23514", phase.getSQLState());
    }

    @Test
    void thereIsOnlyOneTown() throws Exception {
        execute("insert into town (id, name) values (1, 'Ville') on conflict (id) do nothing");

        SQLException second = assertThrows(SQLException.class, () -> execute("insert into town (id, name) values (2, 'Autre')"));

        assertEquals("23514", second.getSQLState());
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = stack.openDatabase(); Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
