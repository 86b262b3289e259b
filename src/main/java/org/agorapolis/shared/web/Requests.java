package org.agorapolis.shared.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** What servlets read from a request: ids given as parameters, and the application's own address. */
public final class Requests {

    private Requests() {
    }

    /** A positive id from the parameter, or empty for anything else. */
    public static Optional<Long> id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? Optional.empty() : RequestParameters.parseId(value);
    }

    /** The address the visitor reached the application at, without a default port. */
    public static String baseUrl(HttpServletRequest request) {
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }
}
