package org.agorapolis.shared;

/** What was typed breaks a limit: empty, too short, too long. */
public class InvalidInputException extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
