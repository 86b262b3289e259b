package org.agorapolis.shared.web;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.agorapolis.shared.DomainException;

/** Adds translated messages to the page, from the keys that services and policies use. */
public final class Messages {

    private static final String BUNDLE = "org.agorapolis.messages";

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** The refusal, in the visitor's language; kept across a redirect. */
    public static void refused(DomainException refusal) {
        add(FacesMessage.SEVERITY_ERROR, text(refusal.messageKey(), refusal.arguments()));
    }

    /** A refusal that no service raised (a page's own check), in the visitor's language. */
    public static void refusedKey(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return bundle.getString("error.generic");
        }
    }

    /**
     * Runs a use case from a form: on success, says so and returns the outcome (a redirect);
     * refused, shows why and stays on the page.
     */
    public static String perform(Runnable action, String doneKey, String outcome) {
        try {
            action.run();
            info(doneKey);
            return outcome;
        } catch (DomainException refused) {
            refused(refused);
            return null;
        }
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
