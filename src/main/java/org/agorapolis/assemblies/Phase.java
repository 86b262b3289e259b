package org.agorapolis.assemblies;

/** The lifecycle of an assembly, in order. */
public enum Phase {
    /** Being prepared by moderators; invisible to residents. */
    DRAFT,
    /** Open for debate and proposals. */
    OPEN,
    /** Members vote on the selected proposals. */
    VOTING,
    /** Results are published; the assembly thanks its participants. */
    CLOSED
}
