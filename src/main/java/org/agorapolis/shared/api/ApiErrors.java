package org.agorapolis.shared.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.NotFoundException;

/**
 * A refusal as the API answers it: a status and {@code {"error": key, "message": text}}, the text
 * in the caller's language (French unless English is asked), never a stack trace.
 */
@Provider
public class ApiErrors implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException refusal) {
        Response.Status status = refusal instanceof NotFoundException ? Response.Status.NOT_FOUND
                : refusal instanceof InvalidInputException ? Response.Status.BAD_REQUEST
                : refusal instanceof NotAllowedException ? Response.Status.FORBIDDEN
                : Response.Status.CONFLICT;
        return response(status, refusal.messageKey(), headers.getAcceptableLanguages(), refusal.arguments()).build();
    }

    /** A JSON error answer with the message of {@code key} in the caller's first language among French and English (French by default). */
    public static Response.ResponseBuilder response(Response.Status status, String key, List<Locale> languages, Object... arguments) {
        return response(status.getStatusCode(), key, languages, arguments);
    }

    /** As {@link #response(Response.Status, String, List, Object...)}, for any status code. */
    public static Response.ResponseBuilder response(int status, String key, List<Locale> languages, Object... arguments) {
        Locale language = languages.stream().filter(l -> "en".equals(l.getLanguage()) || "fr".equals(l.getLanguage())).findFirst()
                .map(l -> "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH).orElse(Locale.FRENCH);
        ResourceBundle bundle = ResourceBundle.getBundle("org.agorapolis.messages", language);
        String message;
        try {
            message = arguments.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), language).format(arguments);
        } catch (MissingResourceException e) {
            message = bundle.getString("error.generic");
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(org.agorapolis.shared.JsonText.JSON.createObjectBuilder().add("error", key).add("message", message).build().toString());
    }
}
