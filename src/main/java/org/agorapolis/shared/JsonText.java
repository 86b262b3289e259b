package org.agorapolis.shared;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods look the
 * provider up through the service loader on every call — measured at a sixth of a vote's CPU time
 * in the vote-burst benchmark — so code on busy paths builds and reads JSON through this one.
 */
public final class JsonText {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }
}
