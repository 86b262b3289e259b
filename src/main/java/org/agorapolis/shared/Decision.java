package org.agorapolis.shared;

/**
 * A policy's answer: allowed, or refused with the key of the message that says why. Services
 * enforce it ({@link #orRefuse()}); pages use {@link #isAllowed()} to hide what would be refused.
 */
public record Decision(String refusal) {

    public static final Decision ALLOWED = new Decision(null);

    public static Decision refuse(String messageKey) {
        return new Decision(messageKey);
    }

    /** Allowed when every decision is, otherwise the first refusal. */
    public static Decision all(Decision... decisions) {
        for (Decision decision : decisions) {
            if (!decision.isAllowed()) {
                return decision;
            }
        }
        return ALLOWED;
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /** Throws {@link NotAllowedException} with the refusal's message unless allowed. */
    public void orRefuse() {
        if (!isAllowed()) {
            throw new NotAllowedException(refusal);
        }
    }
}
