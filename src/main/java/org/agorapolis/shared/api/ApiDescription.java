package org.agorapolis.shared.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/openapi.json}: the API's OpenAPI 3.0 description, open to anyone (no token needed). */
@Path("openapi.json")
public class ApiDescription {

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String describe() {
        try (InputStream in = ApiDescription.class.getResourceAsStream("openapi.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
