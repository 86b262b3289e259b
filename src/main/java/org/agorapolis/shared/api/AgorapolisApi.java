package org.agorapolis.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API for mobile clients, under {@code /api/}: Keycloak bearer tokens only (no session,
 * no cookie), the same services and rules as the browser. Described by {@code /api/openapi.json}.
 */
@ApplicationPath("/api")
public class AgorapolisApi extends Application {
}
