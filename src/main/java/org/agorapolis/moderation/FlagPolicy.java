package org.agorapolis.moderation;

import java.util.Optional;

import org.agorapolis.shared.Decision;

/** The rules of flagging, apart from the database: who may flag what, with which explanation. */
public final class FlagPolicy {

    public static final int DETAILS_MAX = 500;

    private FlagPolicy() {
    }

    /**
     * Whether the flag may be made: not on one's own item, not on an item already hidden, "other"
     * only with an explanation, explanations within {@value #DETAILS_MAX} characters.
     */
    public static Decision flag(long flagger, long author, Optional<String> hiddenReason, FlagReason reason, String details) {
        if (reason == null) {
            return Decision.refuse("moderation.flag.reasonMissing");
        }
        if (flagger == author) {
            return Decision.refuse("moderation.flag.own");
        }
        if (hiddenReason.isPresent()) {
            return Decision.refuse("moderation.flag.alreadyHidden");
        }
        if (reason == FlagReason.OTHER && details.isBlank()) {
            return Decision.refuse("moderation.flag.explain");
        }
        if (details.length() > DETAILS_MAX) {
            return Decision.refuse("moderation.flag.tooLong");
        }
        return Decision.ALLOWED;
    }

    /** An item is hidden pending review once its flags reach the assembly's threshold, unless a moderator already decided on it. */
    public static boolean hidesPendingReview(int flags, int threshold, boolean decided) {
        return !decided && flags >= threshold;
    }
}
