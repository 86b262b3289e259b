package org.agorapolis.shared.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every other failure of an API call answers in JSON too, in the caller's language, never with a
 * stack trace: a request the API does not take (unknown address, method or media type) keeps its
 * status with {@code api.refused}; a failure of the server is logged here and answers 500 with
 * {@code error.generic}. Refusals by a rule are {@link ApiErrors}'.
 */
@Provider
public class ApiFailures implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof WebApplicationException refused && refused.getResponse().getStatus() < 500) {
            int status = refused.getResponse().getStatus();
            if (status < 400) {
                return refused.getResponse(); // a redirection is not a failure
            }
            return ApiErrors.response(status, "api.refused", headers.getAcceptableLanguages(), String.valueOf(status)).build();
        }
        LOG.log(Level.SEVERE, "An API call failed", failure);
        return ApiErrors.response(Response.Status.INTERNAL_SERVER_ERROR, "error.generic", headers.getAcceptableLanguages()).build();
    }
}
