package org.agorapolis.shared.security;

import java.util.List;

/**
 * The realm roles of the identity provider, as the application names them. Coarse rights come
 * from these roles; rights on one object (member of this assembly...) live in each feature's policy.
 */
public final class Roles {

    public static final String RESIDENT = "resident";
    public static final String MODERATOR = "moderator";
    public static final String OFFICIAL = "official";
    public static final String ADMIN = "admin";

    /** Every role the application knows, in the order pages list them. */
    public static final List<String> ALL = List.of(RESIDENT, MODERATOR, OFFICIAL, ADMIN);

    private Roles() {
    }
}
