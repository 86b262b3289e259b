package org.agorapolis.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused an action. It carries the key of a translated message (in
 * {@code org.agorapolis.messages}) and its arguments, so that pages show the reason in the
 * visitor's language. The transaction is rolled back: nothing is half-done.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
