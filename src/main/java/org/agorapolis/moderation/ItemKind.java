package org.agorapolis.moderation;

/** What can be flagged: contributions, which belong to an assembly, and participants' profiles, which do not. */
public enum ItemKind {
    PROPOSAL("proposal"), COMMENT("comment"), PARTICIPANT("participant");

    private final String table;

    ItemKind(String table) {
        this.table = table;
    }

    /** The table holding items of this kind (a fixed name, never user input). */
    String table() {
        return table;
    }
}
