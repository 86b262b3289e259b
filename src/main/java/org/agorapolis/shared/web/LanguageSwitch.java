package org.agorapolis.shared.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code ?lang=en} on any page switches the visitor's language, then redirects to the same page
 * without the parameter, so that the switcher is a plain link that works without JavaScript.
 */
@WebFilter(filterName = "languageSwitch", urlPatterns = "/*")
public class LanguageSwitch extends HttpFilter {

    /** The query string without its {@code lang} parameter, with its "?" when anything is left. */
    static String withoutLang(String query) {
        if (query == null) {
            return "";
        }
        String rest = java.util.Arrays.stream(query.split("&"))
                .filter(part -> !part.isEmpty() && !part.equals("lang") && !part.startsWith("lang="))
                .collect(java.util.stream.Collectors.joining("&"));
        return rest.isEmpty() ? "" : "?" + rest;
    }

    private static final long serialVersionUID = 1L;

    @Inject
    LocaleSelection locale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = request.getParameter("lang");
        if (language == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        locale.choose(language);
        response.sendRedirect(LocalPath.orHome(request.getRequestURI() + withoutLang(request.getQueryString())));
    }
}
