package org.agorapolis.votes;

import java.time.Instant;
import java.util.List;

/**
 * A ballot as read: its frozen-once-open rules, its options and, once counted, its result.
 *
 * <p>Invariants (held by the schema, V24): it closes after it opens; once open, its method,
 * options, secrecy, eligibility, question and times never change; once counted, its result never
 * changes; a proposal has at most one ballot, for or against.
 */
public record Ballot(long id, long assemblyId, Long proposalId, String question, CountingMethod method, boolean secret,
                     boolean membersBeforeOpening, Instant opensAt, Instant closesAt, Instant countedAt, String result, List<String> options) {

    public Ballot {
        options = List.copyOf(options);
    }

    public BallotStatus status(Instant now) {
        return BallotStatus.of(opensAt, closesAt, countedAt, now);
    }

    public long getId() {
        return id;
    }

    public long getAssemblyId() {
        return assemblyId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getQuestion() {
        return question;
    }

    public CountingMethod getMethod() {
        return method;
    }

    public boolean isSecret() {
        return secret;
    }

    public boolean isMembersBeforeOpening() {
        return membersBeforeOpening;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public List<String> getOptions() {
        return options;
    }

    public BallotStatus getStatus() {
        return status(Instant.now());
    }
}
