package org.agorapolis.shared.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.agorapolis.stack.Http;
import org.agorapolis.stack.Stack;
import org.agorapolis.stack.TestStack;
import org.junit.jupiter.api.Test;

class ReadinessIT {

    private final Stack stack = TestStack.get();

    @Test
    void readinessReportsTheDatabaseAndTheIdentityProviderUp() throws Exception {
        HttpResponse<String> response = Http.get(stack.managementUrl() + "/health/ready");

        assertEquals(200, response.statusCode());
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", check(health, "database").get("status").asText());
        assertEquals(latestMigration(), check(health, "database").get("data").get("schemaVersion").asText(), "the latest migration is applied");
        assertEquals("UP", check(health, "identity-provider").get("status").asText());
        assertEquals(stack.realmUrl(), check(health, "identity-provider").get("data").get("provider").asText());
    }

    @Test
    void metricsAreExposedForScrapingInPrometheusFormat() throws Exception {
        HttpResponse<String> response = Http.get(stack.managementUrl() + "/metrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("# TYPE "), "Prometheus text format");
        assertTrue(response.body().contains("jvm_memory"), "JVM memory figures");
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() throws Exception {
        assertEquals(404, Http.get(stack.appUrl() + "/metrics").statusCode());
        assertEquals(404, Http.get(stack.appUrl() + "/health/ready").statusCode());
    }

    /** The highest version among the migrations of src/main/resources/db/migration. */
    private static String latestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow());
        }
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.get("checks")) {
            if (name.equals(check.get("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no check named " + name + " in " + health);
    }
}
