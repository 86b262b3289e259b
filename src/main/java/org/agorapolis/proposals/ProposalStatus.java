package org.agorapolis.proposals;

/** Where a proposal stands. */
public enum ProposalStatus {
    /** Submitted and open to supports. */
    PUBLISHED,
    /** Reached the supports threshold: it goes to the vote. Selection is not undone by a withdrawn support. */
    SELECTED,
    ADOPTED,
    REJECTED,
    /** Withdrawn by its author; kept, with a visible mark. */
    WITHDRAWN,
    IMPLEMENTED;

    /** Supports are given and withdrawn only before the vote. */
    public boolean takesSupports() {
        return this == PUBLISHED || this == SELECTED;
    }
}
