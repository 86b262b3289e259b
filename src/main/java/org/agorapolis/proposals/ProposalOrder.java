package org.agorapolis.proposals;

/** How the list of proposals is sorted. */
public enum ProposalOrder {
    /** In an order that is random but stable for one visitor, so that early proposals get no head start. */
    RANDOM,
    MOST_SUPPORTED,
    NEWEST;

    /** The order named, or random for anything unknown. */
    public static ProposalOrder parse(String name) {
        for (ProposalOrder order : values()) {
            if (order.name().equalsIgnoreCase(name)) {
                return order;
            }
        }
        return RANDOM;
    }
}
