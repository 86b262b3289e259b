package org.agorapolis.shared;

/**
 * A member contributed to an assembly: a proposal, a comment, a support or a meeting seat. Fired
 * by the features where contributions happen; observed after the transaction succeeds by those
 * that react (invitations: an invitee's first contribution refills their inviter's quota).
 */
public record ContributionMade(long assemblyId, long participantId) {
}
