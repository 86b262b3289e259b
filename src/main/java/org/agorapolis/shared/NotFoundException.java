package org.agorapolis.shared;

/** The object does not exist, or the person asking may not know that it exists. */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey) {
        super(messageKey);
    }
}
