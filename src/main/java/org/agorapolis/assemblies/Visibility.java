package org.agorapolis.assemblies;

/** Who may join an assembly. */
public enum Visibility {
    /** Anyone may read and join. */
    PUBLIC,
    /** Only people who arrive through an invitation, or whom a moderator adds. */
    BY_INVITATION
}
