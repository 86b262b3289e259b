package org.agorapolis.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Where "Sign in" brings the visitor back: the page they were reading. */
@Named
@RequestScoped
public class SignInLink {

    @Inject
    HttpServletRequest request;

    /** The current page's path and query, URL-encoded for the {@code next} parameter of {@code /login}. */
    public String getNext() {
        // On an error page, the page asked for is the original URI, not the error page's own.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        if (original == null && request.getQueryString() != null) {
            path = path + "?" + request.getQueryString();
        }
        return URLEncoder.encode(LocalPath.orHome(path), StandardCharsets.UTF_8);
    }
}
