package org.agorapolis.shared;

/**
 * The object does not exist, or the person asking may not know that it exists. Nothing was
 * changed, so the transaction goes on: a page that finds nothing still ends its reads cleanly.
 */
@jakarta.ejb.ApplicationException(rollback = false, inherited = true)
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey) {
        super(messageKey);
    }
}
