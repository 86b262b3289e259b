package org.agorapolis.votes;

/** How a ballot's votes are counted; fixed once the ballot opens. */
public enum CountingMethod {
    /** For, against or abstain on one question: adopted by a simple majority of the votes expressed (for or against). */
    FOR_AGAINST,
    /** Every option graded from Reject to Excellent; the best majority (median) grade wins, ties broken by the majority-value rule. */
    MAJORITY_JUDGMENT,
    /** Any number of options approved; ranked by approvals, each approved by more than half of the ballots adopted. */
    APPROVAL
}
