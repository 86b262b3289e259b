package org.agorapolis.shared;

/** The person asking may not do this, here, now: not a member, wrong phase, not the author... */
public class NotAllowedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
