package org.agorapolis.notices;

/** What a notice tells. */
public enum NoticeKind {
    /** Someone the participant invited joined the assembly. */
    INVITEE_JOINED,
    /** Someone the participant invited made their first contribution there. */
    INVITEE_CONTRIBUTED,
    /** A moderator hid the participant's contribution; the notice gives the public reason. */
    CONTENT_HIDDEN,
    /** A moderator restored the participant's contribution. */
    CONTENT_RESTORED,
    /** A moderator warned the participant about a contribution. */
    WARNED,
    /** A moderator suspended the participant for some days ({@code about}: reason and days). */
    SUSPENDED,
    /** A moderator of one assembly suspended the participant there only ({@code about}: reason and days). */
    SUSPENDED_HERE,
    /** A moderator hid the participant's profile; the notice gives the public reason. */
    PROFILE_HIDDEN,
    /** A moderator restored the participant's profile. */
    PROFILE_RESTORED
}
