package org.agorapolis.moderation;

/** What can be flagged. */
public enum ItemKind {
    PROPOSAL("proposal"), COMMENT("comment");

    private final String table;

    ItemKind(String table) {
        this.table = table;
    }

    /** The table holding items of this kind (a fixed name, never user input). */
    String table() {
        return table;
    }
}
