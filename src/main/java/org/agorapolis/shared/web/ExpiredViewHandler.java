package org.agorapolis.shared.web;

import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A form sent from a page kept open too long (or with a forged state) gets the "page expired"
 * page with status 400, never a server error: nothing was processed, and the visitor only needs
 * to reload.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_VIEW = "/errors/expired.xhtml";

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            if (isExpiredView(error)) {
                events.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                context.getExternalContext().setResponseStatus(400);
                context.setViewRoot(context.getApplication().getViewHandler().createView(context, EXPIRED_VIEW));
                context.getPartialViewContext().setRenderAll(true);
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean isExpiredView(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
