package org.agorapolis.votes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.agorapolis.shared.persistence.Datasource;
import org.agorapolis.shared.persistence.GroupCommit;

/**
 * Records votes: the checks, the voter row, the paper and the audit entry, in one statement. Votes
 * cast at the same moment are recorded together, in one transaction ({@link GroupCommit}): a
 * voter's answer still comes only once their own vote is committed, and a burst of votes costs the
 * database one commit per batch rather than one per vote. Inside a batch the papers are written
 * in random order, so that their place says nothing of which voter cast which (ADR 0010).
 */
@ApplicationScoped
public class VoteWriter {

    /** The most votes written by one statement. */
    static final int LARGEST_BATCH = 64;

    /**
     * A vote to record: the ballot, the voter — by participant id, or (an API caller) by their
     * identity provider's issuer and subject — the receipt and the paper's text.
     */
    public record Cast(long ballotId, Long participantId, String issuer, String subject, String receipt, String paper) {
    }

    /**
     * What became of a vote: recorded or not (the ballot is not open, the voter not eligible or
     * has voted already: the caller finds out which), who the voter turned out to be (null: no
     * participant has that identity), and, if recorded, whether it is the voter's first
     * contribution as an invitee.
     */
    public record Written(boolean recorded, Long participantId, long assemblyId, boolean firstContribution) {
    }

    @Inject
    Batch batch;

    private final GroupCommit<Cast, Written> votes = new GroupCommit<>(casts -> batch.write(casts), LARGEST_BATCH);

    /** Records the vote, if the ballot and the voter allow it, and returns once it is committed. */
    public Written write(Cast cast) {
        return votes.submit(cast);
    }

    /** One batch of votes in a transaction of its own, committed when {@link #write} returns. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class Batch {

        // One statement for the whole batch: each vote checked as a lone vote would be (the ballot open by the database's
        // clock and locked in share mode — its counting waits for these votes —, the assembly voting, the voter an eligible
        // member, neither banned nor suspended), one vote per voter and ballot even when a voter's clicks share a batch.
        private static final String RECORD = """
                with input as (
                    select * from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
                        as i (ballot_id, participant_id, issuer, subject, receipt, paper, n)),
                voter as (
                    select i.n, i.ballot_id, i.receipt, i.paper, coalesce(i.participant_id, p.id) as participant_id
                    from input i left join participant p on i.participant_id is null and p.issuer = i.issuer and p.subject = i.subject),
                b as (
                    select b.id, b.assembly_id, b.secret, b.opens_at, b.members_before_opening from ballot b
                    join assembly a on a.id = b.assembly_id and a.phase = 'VOTING'
                    where b.id in (select ballot_id from input) and b.opens_at <= clock_timestamp() and b.closes_at > clock_timestamp()
                      and b.counted_at is null
                    for share of b),
                eligible as (
                    select distinct on (v.ballot_id, v.participant_id) v.n, v.ballot_id, v.participant_id, v.receipt, v.paper, b.assembly_id, b.secret
                    from voter v join b on b.id = v.ballot_id
                    join membership m on m.assembly_id = b.assembly_id and m.participant_id = v.participant_id
                    where (not b.members_before_opening or m.joined_at < b.opens_at)
                      and not exists (select 1 from ban where ban.participant_id = v.participant_id and ban.lifted_at is null)
                      and not exists (select 1 from suspension s where s.participant_id = v.participant_id and s.lifted_at is null
                                      and s.starts_at <= now() and s.ends_at > now() and (s.assembly_id is null or s.assembly_id = b.assembly_id))
                    order by v.ballot_id, v.participant_id, v.n),
                voted as (
                    insert into ballot_voter (ballot_id, participant_id) select ballot_id, participant_id from eligible
                    on conflict do nothing returning ballot_id, participant_id),
                counted as (
                    select e.* from eligible e join voted using (ballot_id, participant_id)),
                papers as (
                    insert into ballot_inbox (ballot_id, receipt, choice, participant_id)
                    select ballot_id, receipt, paper, case when secret then null else participant_id end from counted order by random()),
                audit as (
                    insert into audit_entry (actor_id, action, object_kind, object_id, assembly_id, after)
                    select participant_id, 'ballots.cast', 'BALLOT', ballot_id, assembly_id,
                           case when secret then null else jsonb_build_object('choice', paper) end
                    from counted)
                select v.participant_id, c.assembly_id,
                       c.n is not null and exists (select 1 from invitation_edge e where e.assembly_id = c.assembly_id
                                                   and e.invitee_id = c.participant_id and e.first_contribution_at is null)
                from voter v left join counted c on c.n = v.n
                order by v.n
                """;

        @Resource(lookup = Datasource.JNDI_NAME)
        DataSource dataSource;

        /** Records the batch and says, vote by vote in the same order, what became of each. */
        public List<Written> write(List<Cast> casts) {
            try (Connection connection = dataSource.getConnection(); PreparedStatement record = connection.prepareStatement(RECORD)) {
                record.setArray(1, connection.createArrayOf("bigint", casts.stream().map(Cast::ballotId).toArray()));
                record.setArray(2, connection.createArrayOf("bigint", casts.stream().map(Cast::participantId).toArray()));
                record.setArray(3, connection.createArrayOf("text", casts.stream().map(Cast::issuer).toArray()));
                record.setArray(4, connection.createArrayOf("text", casts.stream().map(Cast::subject).toArray()));
                record.setArray(5, connection.createArrayOf("text", casts.stream().map(Cast::receipt).toArray()));
                record.setArray(6, connection.createArrayOf("text", casts.stream().map(Cast::paper).toArray()));
                List<Written> written = new ArrayList<>(casts.size());
                try (ResultSet rows = record.executeQuery()) {
                    while (rows.next()) {
                        long participant = rows.getLong(1);
                        Long participantId = rows.wasNull() ? null : participant;
                        long assembly = rows.getLong(2);
                        boolean recorded = !rows.wasNull();
                        written.add(new Written(recorded, participantId, assembly, rows.getBoolean(3)));
                    }
                }
                return written;
            } catch (SQLException e) {
                throw new IllegalStateException("votes could not be recorded", e);
            }
        }
    }
}
