package org.agorapolis.moderation;

/** Why a participant flags an item; also the public reason a moderator hides it for. */
public enum FlagReason {
    SPAM, INSULT, OFF_TOPIC, PERSONAL_DATA, ILLEGAL, OTHER;

    /** The reason named, or null for anything else (the policy then asks for one). */
    public static FlagReason parse(String name) {
        for (FlagReason reason : values()) {
            if (reason.name().equals(name)) {
                return reason;
            }
        }
        return null;
    }
}
