package org.agorapolis.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The language switcher's links: the same page, with the same query, in another language. */
@Named
@RequestScoped
public class LanguageLink {

    @Inject
    HttpServletRequest request;

    public String to(String language) {
        Object errorQuery = request.getAttribute("jakarta.servlet.error.query_string");
        String query = errorQuery instanceof String original ? original : request.getQueryString();
        String kept = LanguageSwitch.withoutLang(query);
        return (kept.isEmpty() ? "?" : kept + "&") + "lang=" + language;
    }
}
