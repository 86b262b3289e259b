package org.agorapolis.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Navigation helpers for backing beans. */
public final class Pages {

    private Pages() {
    }

    /** Answers 404 with the friendly page, for an object that does not exist or may not be seen. */
    public static void notFound() {
        error(404);
    }

    /** Answers 403 with the friendly page, for a page the person may not open (an assembly they do not moderate). */
    public static void forbidden() {
        error(403);
    }

    private static void error(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The outcome that reloads a page after a form (post, redirect, get), keeping its messages. */
    public static String reload(String view, long id) {
        return view + "?faces-redirect=true&id=" + id;
    }
}
