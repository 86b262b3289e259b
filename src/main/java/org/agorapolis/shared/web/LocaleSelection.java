package org.agorapolis.shared.web;

import java.io.Serializable;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the pages for this visitor: French unless the browser prefers English, or the
 * visitor chose a language with the switcher.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Inject
    transient HttpServletRequest request;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        // Without an Accept-Language header the container answers with the server's own locale: ignore it.
        return request.getHeader("Accept-Language") == null ? Locale.FRENCH : preferred(request.getLocales());
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the pages to one of the supported languages; anything else leaves them unchanged. */
    public boolean choose(String language) {
        Optional<Locale> supported = supported(language);
        supported.ifPresent(locale -> chosen = locale);
        return supported.isPresent();
    }

    static Optional<Locale> supported(String language) {
        if (language == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The first supported language the browser asks for, French when it asks for none of them. */
    static Locale preferred(Enumeration<Locale> requested) {
        while (requested != null && requested.hasMoreElements()) {
            Optional<Locale> candidate = supported(requested.nextElement().getLanguage());
            if (candidate.isPresent()) {
                return candidate.get();
            }
        }
        return Locale.FRENCH;
    }
}
