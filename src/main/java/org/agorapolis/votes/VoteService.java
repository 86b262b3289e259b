package org.agorapolis.votes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.assemblies.AssemblyModerators;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.proposals.ProposalService;
import org.agorapolis.shared.AuditTrail;
import org.agorapolis.shared.ContributionMade;
import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.shared.security.SignedInIdentity;
import org.agorapolis.shared.security.Viewer;

/**
 * Ballots, from their setting up to their counting (ADR 0010). Every rule a race could break is
 * held by the database: one voter row per person and ballot (its key), ballot papers keyed by
 * receipt, a ballot row locked in share mode by each vote and exclusively by its counting — so no
 * vote is taken once counting begins — and the rules of an open ballot frozen by a trigger.
 * Authorization is checked here, for the browser and the API alike.
 */
@Stateless
@PermitAll
public class VoteService {

    /** While a ballot is open, the mixer moves papers to the box only this many at a time, or more. */
    static final int MIX_AT_LEAST = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    AssemblyService assemblies;

    @Inject
    AssemblyModerators moderators;

    @Inject
    ParticipantService participants;

    @Inject
    ProposalService proposals;

    @Inject
    AuditTrail trail;

    @Inject
    Event<ContributionMade> contributions;

    @Inject
    VoteWriter writer;

    // ------------------------------------------------------------------ reading

    /** The ballot, if the viewer may see its assembly; otherwise not found. */
    public Ballot get(Viewer viewer, long ballotId) {
        Ballot ballot = find(ballotId).orElseThrow(() -> new NotFoundException("ballot.notFound"));
        assemblies.get(viewer, ballot.assemblyId());
        return ballot;
    }

    /** The ballots of an assembly the viewer may see, by opening time. */
    public List<Ballot> list(Viewer viewer, long assemblyId) {
        assemblies.get(viewer, assemblyId);
        List<Ballot> ballots = new ArrayList<>();
        for (Object id : em.createNativeQuery("select id from ballot where assembly_id = ?1 order by opens_at, id").setParameter(1, assemblyId)
                .getResultList()) {
            find(((Number) id).longValue()).ifPresent(ballots::add);
        }
        return ballots;
    }

    Optional<Ballot> find(long ballotId) {
        List<?> rows = em.createNativeQuery("""
                select id, assembly_id, proposal_id, question, method, secret, members_before_opening, opens_at, closes_at, counted_at, result
                from ballot where id = ?1
                """).setParameter(1, ballotId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        List<String> options = ((List<?>) em.createNativeQuery("select label from ballot_option where ballot_id = ?1 order by position")
                .setParameter(1, ballotId).getResultList()).stream().map(String.class::cast).toList();
        return Optional.of(new Ballot(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), SqlValues.optionalLong(r[2]), (String) r[3],
                CountingMethod.valueOf((String) r[4]), (Boolean) r[5], (Boolean) r[6], SqlValues.instant(r[7]), SqlValues.instant(r[8]),
                r[9] == null ? null : SqlValues.instant(r[9]), (String) r[10], options));
    }

    /**
     * Where the viewer stands on a ballot: its status, turnout (voters among those eligible), and
     * whether the viewer may vote, has voted, or why not.
     */
    public record Standing(BallotStatus status, long voters, long eligible, boolean voted, Optional<String> refusal) {

        public boolean mayVote() {
            return refusal.isEmpty() && !voted && status == BallotStatus.OPEN;
        }

        public boolean mayChange() {
            return voted && status == BallotStatus.OPEN;
        }
    }

    public Standing standing(Viewer viewer, Ballot ballot) {
        Object[] counts = (Object[]) em.createNativeQuery("""
                select b.voters, b.eligible, (select count(*) from ballot_voter v where v.ballot_id = b.id),
                       (select count(*) from membership m where m.assembly_id = b.assembly_id and (not b.members_before_opening or m.joined_at < b.opens_at))
                from ballot b where b.id = ?1
                """).setParameter(1, ballot.id()).getSingleResult();
        boolean counted = counts[0] != null;
        long voters = SqlValues.count(counted ? counts[0] : counts[2]);
        long eligible = SqlValues.count(counted ? counts[1] : counts[3]);
        boolean voted = viewer.participantId().map(p -> hasVoted(ballot.id(), p)).orElse(false);
        Optional<String> refusal = viewer.participantId().isEmpty() ? Optional.of("vote.signIn") : eligibility(ballot, viewer.participantId().get());
        return new Standing(ballot.status(Instant.now()), voters, eligible, voted, refusal);
    }

    private boolean hasVoted(long ballotId, long participantId) {
        return !em.createNativeQuery("select 1 from ballot_voter where ballot_id = ?1 and participant_id = ?2").setParameter(1, ballotId)
                .setParameter(2, participantId).getResultList().isEmpty();
    }

    /** Why this participant may not vote on the ballot (not a member, joined after it opened), or nothing. */
    private Optional<String> eligibility(Ballot ballot, long participantId) {
        List<?> joined = em.createNativeQuery("select joined_at from membership where assembly_id = ?1 and participant_id = ?2")
                .setParameter(1, ballot.assemblyId()).setParameter(2, participantId).getResultList();
        if (joined.isEmpty()) {
            return Optional.of("vote.notMember");
        }
        if (ballot.membersBeforeOpening() && !SqlValues.instant(joined.get(0)).isBefore(ballot.opensAt())) {
            return Optional.of("vote.joinedTooLate");
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ setting up

    /** A question ballot (or a for/against question), set up by a moderator of the assembly while it is open or voting. */
    public long create(Viewer viewer, long assemblyId, BallotSetup setup) {
        moderators.require(viewer, assemblyId);
        requireAssemblyTakesBallots(viewer, assemblyId);
        BallotSetup valid = setup.validated(Instant.now());
        long id = insert(assemblyId, null, valid, viewer);
        trail.record(viewer.participantId().orElse(null), "ballots.create", "BALLOT", id, assemblyId, null, rulesJson(valid));
        return id;
    }

    /**
     * A for/against ballot for each selected proposal of the assembly that has none yet, with the
     * given times and secrecy. Returns how many were created.
     */
    public int createForSelected(Viewer viewer, long assemblyId, Instant opensAt, Instant closesAt, boolean secret) {
        moderators.require(viewer, assemblyId);
        requireAssemblyTakesBallots(viewer, assemblyId);
        int created = 0;
        for (ProposalService.Selected proposal : proposals.selected(assemblyId)) {
            if (!em.createNativeQuery("select 1 from ballot where proposal_id = ?1").setParameter(1, proposal.id()).getResultList().isEmpty()) {
                continue;
            }
            String question = proposal.title().length() > BallotSetup.QUESTION_MAX ? proposal.title().substring(0, BallotSetup.QUESTION_MAX)
                    : proposal.title();
            BallotSetup valid = new BallotSetup(question.length() < BallotSetup.QUESTION_MIN ? question + " ?" : question, CountingMethod.FOR_AGAINST,
                    secret, false, opensAt, closesAt, List.of()).validated(Instant.now());
            long id = insert(assemblyId, proposal.id(), valid, viewer);
            trail.record(viewer.participantId().orElse(null), "ballots.create", "BALLOT", id, assemblyId, null, rulesJson(valid));
            created++;
        }
        if (created == 0) {
            throw new NotAllowedException("ballot.noSelectedProposal");
        }
        return created;
    }

    /**
     * A question ballot whose options are the assembly's selected proposals (approval or majority
     * judgment): when counted, the proposals it adopts are adopted and the others rejected.
     */
    public long createAmongSelected(Viewer viewer, long assemblyId, BallotSetup setup) {
        moderators.require(viewer, assemblyId);
        requireAssemblyTakesBallots(viewer, assemblyId);
        List<ProposalService.Selected> selected = proposals.selected(assemblyId);
        if (setup.method() == CountingMethod.FOR_AGAINST) {
            throw new InvalidInputException("ballot.amongSelectedMethod");
        }
        BallotSetup valid = new BallotSetup(setup.question(), setup.method(), setup.secret(), setup.membersBeforeOpening(), setup.opensAt(),
                setup.closesAt(), selected.stream().map(p -> p.title().length() > BallotSetup.OPTION_MAX ? p.title().substring(0, BallotSetup.OPTION_MAX)
                        : p.title()).toList()).validated(Instant.now());
        long id = insert(assemblyId, null, new BallotSetup(valid.question(), valid.method(), valid.secret(), valid.membersBeforeOpening(),
                valid.opensAt(), valid.closesAt(), List.of()), viewer);
        for (int i = 0; i < selected.size(); i++) {
            em.createNativeQuery("insert into ballot_option (ballot_id, position, label, proposal_id) values (?1, ?2, ?3, ?4)").setParameter(1, id)
                    .setParameter(2, i + 1).setParameter(3, valid.options().get(i)).setParameter(4, selected.get(i).id()).executeUpdate();
        }
        trail.record(viewer.participantId().orElse(null), "ballots.create", "BALLOT", id, assemblyId, null, rulesJson(valid));
        return id;
    }

    /**
     * Changes a ballot's rules before it opens. Once it has opened, the attempt is refused and
     * written to the audit trail (in a transaction of its own, so that the record stays).
     */
    public void revise(Viewer viewer, long ballotId, BallotSetup setup) {
        Ballot ballot = find(ballotId).orElseThrow(() -> new NotFoundException("ballot.notFound"));
        moderators.require(viewer, ballot.assemblyId());
        Object[] state = (Object[]) em.createNativeQuery("select opens_at <= clock_timestamp(), proposal_id from ballot where id = ?1 for update")
                .setParameter(1, ballotId).getSingleResult();
        if ((Boolean) state[0]) {
            trail.recordRefused(viewer.participantId().orElse(null), "ballots.reviseRefused", "BALLOT", ballotId, ballot.assemblyId(), rulesJson(setup));
            throw new NotAllowedException("ballot.frozen");
        }
        BallotSetup valid = setup.validated(Instant.now());
        if (state[1] != null && valid.method() != CountingMethod.FOR_AGAINST) {
            throw new InvalidInputException("ballot.proposalForAgainst");
        }
        em.createNativeQuery("""
                update ballot set question = ?2, method = ?3, secret = ?4, members_before_opening = ?5, opens_at = ?6, closes_at = ?7 where id = ?1
                """).setParameter(1, ballotId).setParameter(2, valid.question()).setParameter(3, valid.method().name()).setParameter(4, valid.secret())
                .setParameter(5, valid.membersBeforeOpening()).setParameter(6, valid.opensAt()).setParameter(7, valid.closesAt()).executeUpdate();
        em.createNativeQuery("delete from ballot_option where ballot_id = ?1").setParameter(1, ballotId).executeUpdate();
        insertOptions(ballotId, valid.options());
        trail.record(viewer.participantId().orElse(null), "ballots.revise", "BALLOT", ballotId, ballot.assemblyId(), rulesJson(ballotSetup(ballot)),
                rulesJson(valid));
    }

    private static BallotSetup ballotSetup(Ballot ballot) {
        return new BallotSetup(ballot.question(), ballot.method(), ballot.secret(), ballot.membersBeforeOpening(), ballot.opensAt(), ballot.closesAt(),
                ballot.options());
    }

    private void requireAssemblyTakesBallots(Viewer viewer, long assemblyId) {
        org.agorapolis.assemblies.Phase phase = assemblies.get(viewer, assemblyId).getPhase();
        if (phase != org.agorapolis.assemblies.Phase.OPEN && phase != org.agorapolis.assemblies.Phase.VOTING) {
            throw new NotAllowedException("ballot.assemblyPhase");
        }
    }

    private long insert(long assemblyId, Long proposalId, BallotSetup valid, Viewer viewer) {
        long id = ((Number) em.createNativeQuery("""
                insert into ballot (assembly_id, proposal_id, question, method, secret, members_before_opening, opens_at, closes_at, created_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) returning id
                """).setParameter(1, assemblyId).setParameter(2, proposalId).setParameter(3, valid.question()).setParameter(4, valid.method().name())
                .setParameter(5, valid.secret()).setParameter(6, valid.membersBeforeOpening()).setParameter(7, valid.opensAt())
                .setParameter(8, valid.closesAt()).setParameter(9, viewer.participantId().orElse(null)).getSingleResult()).longValue();
        insertOptions(id, valid.options());
        return id;
    }

    private void insertOptions(long ballotId, List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            em.createNativeQuery("insert into ballot_option (ballot_id, position, label) values (?1, ?2, ?3)").setParameter(1, ballotId)
                    .setParameter(2, i + 1).setParameter(3, options.get(i)).executeUpdate();
        }
    }

    private static String rulesJson(BallotSetup setup) {
        return "{\"question\":" + quoted(setup.question()) + ",\"method\":" + quoted(String.valueOf(setup.method())) + ",\"secret\":" + setup.secret()
                + ",\"membersBeforeOpening\":" + setup.membersBeforeOpening() + ",\"opensAt\":" + quoted(String.valueOf(setup.opensAt()))
                + ",\"closesAt\":" + quoted(String.valueOf(setup.closesAt())) + ",\"options\":["
                + String.join(",", setup.options().stream().map(VoteService::quoted).toList()) + "]}";
    }

    private static String quoted(String text) {
        return text == null ? "null" : org.agorapolis.shared.JsonText.JSON.createValue(text).toString();
    }

    // ------------------------------------------------------------------ voting

    /**
     * Casts the viewer's vote and returns their receipt code, shown to them once. Refused, with
     * nothing stored, before opening or after closing (by the database's clock), to anyone not
     * eligible or suspended, for a malformed choice, and for a second vote. The vote is committed
     * when this returns (perhaps with others cast at the same moment: {@link VoteWriter}).
     */
    public String cast(Viewer viewer, long ballotId, String choice) {
        return cast(ballotId, choice, voterOf(viewer), null, () -> viewer);
    }

    /**
     * Casts the vote of an API caller, known by the identity of their bearer token: the vote's
     * own statement finds their participant, and {@code viewer} (which looks it up, or records a
     * first sign-in) is asked for only to explain a refusal. Otherwise as {@link #cast(Viewer, long, String)}.
     */
    public String cast(SignedInIdentity caller, Supplier<Viewer> viewer, long ballotId, String choice) {
        return cast(ballotId, choice, null, caller, viewer);
    }

    private String cast(long ballotId, String choice, Long participantId, SignedInIdentity caller, Supplier<Viewer> viewer) {
        Rules rules = rules(ballotId).orElseGet(() -> {
            openForVoting(viewer.get(), ballotId, voterOf(viewer.get())); // not open: says why
            throw new NotAllowedException("vote.notOpenYet");
        });
        String paper = Choice.canonical(rules.method(), rules.options(), choice);
        String receipt = Receipts.next();
        VoteWriter.Written written = writer.write(new VoteWriter.Cast(ballotId, participantId, caller == null ? null : caller.issuer(),
                caller == null ? null : caller.subject(), receipt, paper));
        if (!written.recorded()) {
            long voter = written.participantId() != null ? written.participantId() : voterOf(viewer.get());
            openForVoting(viewer.get(), ballotId, voter); // refused: says why (closed, not a member, suspended…)
            throw new NotAllowedException("vote.alreadyVoted");
        }
        if (written.firstContribution()) {
            contributions.fire(new ContributionMade(written.assemblyId(), written.participantId()));
        }
        return receipt;
    }

    private static long voterOf(Viewer viewer) {
        return viewer.participantId().orElseThrow(() -> new NotAllowedException("vote.signIn"));
    }

    /** A ballot's rules as votes need them: frozen once it has opened, so kept in memory from then on. */
    record Rules(CountingMethod method, int options) {
    }

    private static final java.util.Map<Long, Rules> OPEN_RULES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The rules of a ballot that has opened (read once, then from memory), or empty if it has not opened or does not exist. */
    private Optional<Rules> rules(long ballotId) {
        Rules known = OPEN_RULES.get(ballotId);
        if (known != null) {
            return Optional.of(known);
        }
        List<?> rows = em.createNativeQuery("""
                select b.method, (select count(*) from ballot_option o where o.ballot_id = b.id) from ballot b where b.id = ?1 and b.opens_at <= clock_timestamp()
                """).setParameter(1, ballotId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        Rules rules = new Rules(CountingMethod.valueOf((String) r[0]), ((Number) r[1]).intValue());
        if (OPEN_RULES.size() > 10_000) {
            OPEN_RULES.clear();
        }
        OPEN_RULES.put(ballotId, rules);
        return Optional.of(rules);
    }

    /**
     * Changes the viewer's vote while the ballot is open: the paper behind the receipt now says
     * {@code choice}; only the last choice is counted. A secret ballot knows its paper by the
     * receipt alone, so the receipt is asked for; a public one also checks it is the viewer's.
     */
    public void change(Viewer viewer, long ballotId, String typedReceipt, String choice) {
        long voter = viewer.participantId().orElseThrow(() -> new NotAllowedException("vote.signIn"));
        Voting ballot = openForVoting(viewer, ballotId, voter);
        String paper = Choice.canonical(ballot.method(), ballot.options(), choice);
        if (!hasVoted(ballotId, voter)) {
            throw new NotAllowedException("vote.notVotedYet");
        }
        String receipt = Receipts.parse(typedReceipt).orElseThrow(() -> new InvalidInputException("vote.unknownReceipt"));
        Long owner = ballot.secret() ? null : voter;
        int changed = em.createNativeQuery("""
                update ballot_inbox set choice = ?3 where ballot_id = ?1 and receipt = ?2 and participant_id is not distinct from ?4
                """).setParameter(1, ballotId).setParameter(2, receipt).setParameter(3, paper).setParameter(4, owner).executeUpdate();
        if (changed == 0) {
            changed = em.createNativeQuery("""
                    insert into ballot_inbox (ballot_id, receipt, choice, participant_id)
                    select ?1, ?2, ?3, ?4 where exists (select 1 from ballot_box where ballot_id = ?1 and receipt = ?2 and participant_id is not distinct from ?4)
                    on conflict (ballot_id, receipt) do update set choice = excluded.choice
                    """).setParameter(1, ballotId).setParameter(2, receipt).setParameter(3, paper).setParameter(4, owner).executeUpdate();
        }
        if (changed == 0) {
            throw new InvalidInputException("vote.unknownReceipt");
        }
        trail.record(voter, "ballots.change", "BALLOT", ballotId, ballot.assemblyId(), null, ballot.secret() ? null : choiceJson(paper));
    }

    private static String choiceJson(String paper) {
        return "{\"choice\":" + quoted(paper) + "}";
    }

    /** What a vote needs to know of its ballot, read in one statement. */
    private record Voting(long assemblyId, CountingMethod method, int options, boolean secret, boolean firstContribution) {
    }

    /**
     * The ballot, read in one statement and locked in share mode until the vote commits (its
     * counting waits for the vote, and no vote begins once counting has): open by the database's
     * clock, the assembly voting, the voter a member (since before the opening, if the ballot says
     * so) and not suspended. Also tells whether this vote is the member's first contribution as an
     * invitee (their inviter is then told and rewarded).
     */
    private Voting openForVoting(Viewer viewer, long ballotId, long voter) {
        List<?> rows = em.createNativeQuery("""
                select b.assembly_id, b.method, b.secret, b.opens_at > clock_timestamp(), b.closes_at <= clock_timestamp() or b.counted_at is not null,
                       a.phase, m.joined_at, b.members_before_opening and m.joined_at >= b.opens_at,
                       (select count(*) from ballot_option o where o.ballot_id = b.id),
                       exists (select 1 from invitation_edge e where e.assembly_id = b.assembly_id and e.invitee_id = ?2 and e.first_contribution_at is null)
                from ballot b join assembly a on a.id = b.assembly_id
                left join membership m on m.assembly_id = b.assembly_id and m.participant_id = ?2
                where b.id = ?1 for share of b
                """).setParameter(1, ballotId).setParameter(2, voter).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("ballot.notFound");
        }
        Object[] r = (Object[]) rows.get(0);
        long assemblyId = ((Number) r[0]).longValue();
        if (r[6] == null) {
            assemblies.get(viewer, assemblyId); // a hidden assembly stays unknown: not found rather than "not a member"
            throw new NotAllowedException("vote.notMember");
        }
        if ((Boolean) r[3]) {
            throw new NotAllowedException("vote.notOpenYet");
        }
        if ((Boolean) r[4]) {
            throw new NotAllowedException("vote.closed");
        }
        if (!"VOTING".equals(r[5])) {
            throw new NotAllowedException("vote.assemblyNotVoting");
        }
        if ((Boolean) r[7]) {
            throw new NotAllowedException("vote.joinedTooLate");
        }
        participants.requireNotSuspended(voter, assemblyId);
        return new Voting(assemblyId, CountingMethod.valueOf((String) r[1]), ((Number) r[8]).intValue(), (Boolean) r[2], (Boolean) r[9]);
    }

    // ------------------------------------------------------------------ mixing and counting

    /**
     * Moves the ballot's new papers from the inbox to the box, in random order and in one
     * statement, if there are at least {@code atLeast} of them: their rows then carry the mixer's
     * transaction, shared by the whole batch, and no trace of when each was cast.
     */
    public int mix(long ballotId, int atLeast) {
        long waiting = SqlValues.count(em.createNativeQuery("select count(*) from ballot_inbox where ballot_id = ?1").setParameter(1, ballotId)
                .getSingleResult());
        if (waiting == 0 || waiting < atLeast) {
            return 0;
        }
        return em.createNativeQuery("""
                with moved as (delete from ballot_inbox where ballot_id = ?1 returning receipt, choice, participant_id)
                insert into ballot_box (ballot_id, receipt, choice, participant_id)
                select ?1, receipt, choice, participant_id from moved order by random()
                on conflict (ballot_id, receipt) do update set choice = excluded.choice
                """).setParameter(1, ballotId).executeUpdate();
    }

    /** Open ballots with papers waiting in the inbox. */
    public List<Long> waitingToMix() {
        return ids("select distinct ballot_id from ballot_inbox");
    }

    /** Ballots closed and not counted yet. */
    public List<Long> dueForCounting() {
        return ids("select id from ballot where counted_at is null and closes_at <= clock_timestamp() order by closes_at, id limit 20");
    }

    private List<Long> ids(String sql) {
        return ((List<?>) em.createNativeQuery(sql).getResultList()).stream().map(n -> ((Number) n).longValue()).toList();
    }

    /**
     * Counts a closed ballot: locks it (votes in progress finish first; none starts after), mixes
     * every paper left, counts the box, stores the result with the turnout, and decides the
     * proposals it was about. Does nothing for a ballot still open or already counted.
     */
    public void count(long ballotId) {
        List<?> due = em.createNativeQuery("select id from ballot where id = ?1 and counted_at is null and closes_at <= clock_timestamp() for update")
                .setParameter(1, ballotId).getResultList();
        if (due.isEmpty()) {
            return;
        }
        Ballot ballot = find(ballotId).orElseThrow();
        mix(ballotId, 0);
        Tally.Result result = Tally.count(ballot.method(), ballot.options().size(), papers(ballotId));
        em.createNativeQuery("""
                update ballot b set counted_at = now(), result = ?2,
                       voters = (select count(*) from ballot_voter v where v.ballot_id = b.id),
                       eligible = (select count(*) from membership m where m.assembly_id = b.assembly_id
                                   and (not b.members_before_opening or m.joined_at < b.opens_at))
                where b.id = ?1
                """).setParameter(1, ballotId).setParameter(2, result.json()).executeUpdate();
        decideProposals(ballot, result);
        trail.record(null, "ballots.count", "BALLOT", ballotId, ballot.assemblyId(), null, result.json());
    }

    private void decideProposals(Ballot ballot, Tally.Result result) {
        if (ballot.proposalId() != null && result instanceof Tally.ForAgainst forAgainst) {
            proposals.decide(ballot.proposalId(), forAgainst.adopted());
            return;
        }
        // Options that are proposals: approval adopts those approved on more than half of the papers, majority judgment its winners.
        List<Integer> adopted = result instanceof Tally.Approval approval
                ? approval.options().stream().filter(Tally.Approved::adopted).map(Tally.Approved::position).toList()
                : result instanceof Tally.Judgment judgment ? judgment.winners() : List.of();
        for (Object row : em.createNativeQuery("select position, proposal_id from ballot_option where ballot_id = ?1 and proposal_id is not null")
                .setParameter(1, ballot.id()).getResultList()) {
            Object[] option = (Object[]) row;
            proposals.decide(((Number) option[1]).longValue(), adopted.contains(((Number) option[0]).intValue()));
        }
    }

    private List<String> papers(long ballotId) {
        return ((List<?>) em.createNativeQuery("select choice from ballot_box where ballot_id = ?1").setParameter(1, ballotId).getResultList())
                .stream().map(String.class::cast).toList();
    }

    // ------------------------------------------------------------------ results

    /** A counted ballot paper as published: its receipt, its choice, and on a public ballot its voter. */
    public record Paper(String receipt, String choice, String voter) {

        public String getReceipt() {
            return receipt;
        }

        public String getChoice() {
            return choice;
        }

        public String getVoter() {
            return voter;
        }
    }

    /**
     * The stored result of a counted ballot. A secret ballot shows nothing before it is counted; a
     * public one shows its papers so far.
     */
    public Optional<Tally.Result> result(Viewer viewer, long ballotId) {
        Ballot ballot = get(viewer, ballotId);
        if (ballot.result() != null) {
            return Optional.of(Tally.parse(ballot.result()));
        }
        if (ballot.secret() || ballot.status(Instant.now()) == BallotStatus.UPCOMING) {
            return Optional.empty();
        }
        // A public ballot's papers so far: each receipt's latest choice, in the inbox or else in the box.
        List<String> papers = ((List<?>) em.createNativeQuery("""
                select coalesce(i.choice, b.choice) from ballot_box b full join ballot_inbox i on i.ballot_id = b.ballot_id and i.receipt = b.receipt
                where coalesce(b.ballot_id, i.ballot_id) = ?1
                """).setParameter(1, ballotId).getResultList()).stream().map(String.class::cast).toList();
        return Optional.of(Tally.count(ballot.method(), ballot.options().size(), papers));
    }

    /**
     * The counted papers, published once the ballot is counted, by receipt: anyone who may see the
     * ballot checks that their paper is there and recounts. Public ballots name each voter.
     */
    public List<Paper> publishedPapers(Viewer viewer, long ballotId) {
        Ballot ballot = get(viewer, ballotId);
        if (ballot.countedAt() == null) {
            throw new NotAllowedException("vote.papersAfterCounting");
        }
        return ((List<?>) em.createNativeQuery("""
                select b.receipt, b.choice, p.display_name from ballot_box b left join participant p on p.id = b.participant_id
                where b.ballot_id = ?1 order by b.receipt
                """).setParameter(1, ballotId).getResultList()).stream().map(Object[].class::cast)
                .map(r -> new Paper((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** A recount: the stored result, the result counted again from the stored papers, and whether every figure is the same. */
    public record Recount(String stored, String recounted, long papers, long voters) {

        public boolean same() {
            return stored.equals(recounted) && papers == voters;
        }

        public boolean isSame() {
            return same();
        }

        public long getPapers() {
            return papers;
        }

        public long getVoters() {
            return voters;
        }
    }

    /** Counts a counted ballot again from its stored papers (officials and administrators), and records it in the audit trail. */
    public Recount recount(Viewer viewer, long ballotId) {
        if (!viewer.canReadReports()) {
            throw new NotAllowedException("ballot.recountRole");
        }
        Ballot ballot = get(viewer, ballotId);
        if (ballot.countedAt() == null) {
            throw new NotAllowedException("vote.papersAfterCounting");
        }
        em.createNativeQuery("select id from ballot where id = ?1 for share").setParameter(1, ballotId).getResultList();
        List<String> papers = papers(ballotId);
        long voters = SqlValues.count(em.createNativeQuery("select count(*) from ballot_voter where ballot_id = ?1").setParameter(1, ballotId)
                .getSingleResult());
        Recount recount = new Recount(ballot.result(), Tally.count(ballot.method(), ballot.options().size(), papers).json(), papers.size(), voters);
        trail.record(viewer.participantId().orElse(null), "ballots.recount", "BALLOT", ballotId, ballot.assemblyId(), null,
                "{\"same\":" + recount.same() + ",\"papers\":" + recount.papers() + ",\"voters\":" + recount.voters() + "}");
        return recount;
    }
}
