package org.agorapolis.shared;

/** Too many contributions in too short a time; the message says how long to wait. */
public class RateLimitExceededException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RateLimitExceededException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
