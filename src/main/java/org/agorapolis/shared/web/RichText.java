package org.agorapolis.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Rich text written by moderators (an assembly's description): only an allow-list of tags and
 * attributes survives — paragraphs, emphasis, lists, headings, quotes and http(s) links. It is
 * cleaned when stored and again when shown.
 */
@Named
@ApplicationScoped
public class RichText {

    private static final Safelist ALLOWED = Safelist.basic().addTags("h2", "h3").removeProtocols("a", "href", "ftp", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    public String html(String html) {
        return sanitise(html);
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, ALLOWED);
    }
}
