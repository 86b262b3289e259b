package org.agorapolis.proposals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyPolicy;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.shared.ContributionMade;
import org.agorapolis.shared.Decision;
import org.agorapolis.shared.InvalidInputException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.RateLimitExceededException;
import org.agorapolis.shared.Text;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.shared.security.Viewer;

/** Submitting, editing, withdrawing and supporting proposals; each method is one transaction. */
@Stateless
public class ProposalService {

    /** At most this many proposals per participant per hour. */
    static final int PROPOSALS_PER_HOUR = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    AssemblyService assemblies;

    @Inject
    ParticipantService participants;

    @Inject
    jakarta.enterprise.event.Event<ContributionMade> contributions;

    /** What a proposal's author types. */
    public record Draft(String title, String body, Long neighbourhoodId) {
    }

    /** A status a proposal took, and when. */
    public record StatusChange(ProposalStatus status, Instant at) {
    }

    public long submit(Viewer viewer, long assemblyId, Draft draft) {
        assemblies.lockPhase(assemblyId);
        Assembly assembly = assemblies.get(viewer, assemblyId);
        AssemblyPolicy.propose(viewer, assembly, assemblies.isMember(viewer, assemblyId)).orRefuse();
        Draft clean = validate(draft);
        requireNeighbourhood(assembly, clean.neighbourhoodId());
        long author = viewer.participantId().orElseThrow();
        participants.lockForContribution(author, assemblyId);
        long recent = count("select count(*) from proposal where author_id = ?1 and created_at > now() - interval '1 hour'", author);
        if (recent >= PROPOSALS_PER_HOUR) {
            throw new RateLimitExceededException("proposal.rateLimited", PROPOSALS_PER_HOUR);
        }
        long id = ((Number) em.createNativeQuery("""
                insert into proposal (assembly_id, author_id, title, body, neighbourhood_id) values (?1, ?2, ?3, ?4, ?5) returning id
                """)
                .setParameter(1, assemblyId).setParameter(2, author).setParameter(3, clean.title())
                .setParameter(4, clean.body()).setParameter(5, clean.neighbourhoodId())
                .getSingleResult()).longValue();
        recordStatus(id, ProposalStatus.PUBLISHED, author);
        contributions.fire(new ContributionMade(assemblyId, author));
        return id;
    }

    /** The author changes the text; refused once the proposal has a support, even one arriving at the same moment. */
    public void edit(Viewer viewer, long proposalId, Draft draft) {
        Proposal proposal = lock(viewer, proposalId);
        ProposalPolicy.edit(viewer, proposal, inAssembly(viewer, proposal)).orRefuse();
        Draft clean = validate(draft);
        requireNeighbourhood(assemblies.get(viewer, proposal.getAssemblyId()), clean.neighbourhoodId());
        em.createNativeQuery("update proposal set title = ?2, body = ?3, neighbourhood_id = ?4, edited_at = now() where id = ?1")
                .setParameter(1, proposalId).setParameter(2, clean.title()).setParameter(3, clean.body())
                .setParameter(4, clean.neighbourhoodId()).executeUpdate();
    }

    public void withdraw(Viewer viewer, long proposalId) {
        Proposal proposal = lock(viewer, proposalId);
        ProposalPolicy.withdraw(viewer, proposal, inAssembly(viewer, proposal)).orRefuse();
        changeStatus(proposalId, ProposalStatus.WITHDRAWN, viewer.participantId().orElseThrow());
    }

    /**
     * Supports a proposal once. The primary key of {@code support} holds "once" under any
     * concurrency; the counter moves only when a row was really inserted. Reaching the assembly's
     * threshold selects the proposal for the vote.
     */
    public void support(Viewer viewer, long proposalId) {
        Proposal proposal = get(viewer, proposalId);
        long member = viewer.participantId().orElse(-1L);
        ProposalPolicy.support(viewer, proposal, inAssembly(viewer, proposal), hasSupported(viewer, proposalId)).orRefuse();
        participants.requireNotSuspended(member, proposal.getAssemblyId());
        int inserted = em.createNativeQuery("insert into support (proposal_id, participant_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, proposalId).setParameter(2, member).executeUpdate();
        if (inserted == 0) {
            throw new org.agorapolis.shared.NotAllowedException("support.alreadyGiven");
        }
        // Re-checked on the row as it is now: a withdrawal committed meanwhile refuses the support.
        List<?> updated = em.createNativeQuery("""
                update proposal set supports = supports + 1 where id = ?1 and status in ('PUBLISHED', 'SELECTED')
                returning supports, status
                """).setParameter(1, proposalId).getResultList();
        if (updated.isEmpty()) {
            throw new org.agorapolis.shared.NotAllowedException("proposal.notSupportable");
        }
        Object[] after = (Object[]) updated.get(0);
        int supports = ((Number) after[0]).intValue();
        Assembly assembly = assemblies.get(viewer, proposal.getAssemblyId());
        if (ProposalStatus.PUBLISHED.name().equals(after[1]) && supports >= assembly.getSupportsThreshold()) {
            changeStatus(proposalId, ProposalStatus.SELECTED, null);
        }
        contributions.fire(new ContributionMade(proposal.getAssemblyId(), member));
    }

    public void withdrawSupport(Viewer viewer, long proposalId) {
        Proposal proposal = get(viewer, proposalId);
        ProposalPolicy.withdrawSupport(proposal, inAssembly(viewer, proposal), hasSupported(viewer, proposalId)).orRefuse();
        int deleted = em.createNativeQuery("delete from support where proposal_id = ?1 and participant_id = ?2")
                .setParameter(1, proposalId).setParameter(2, viewer.participantId().orElseThrow()).executeUpdate();
        if (deleted == 0) {
            throw new org.agorapolis.shared.NotAllowedException("support.notGiven");
        }
        int updated = em.createNativeQuery("update proposal set supports = supports - 1 where id = ?1 and status in ('PUBLISHED', 'SELECTED')")
                .setParameter(1, proposalId).executeUpdate();
        if (updated == 0) {
            throw new org.agorapolis.shared.NotAllowedException("proposal.notSupportable");
        }
    }

    /** The proposal, if its assembly is visible to this viewer. */
    public Proposal get(Viewer viewer, long proposalId) {
        Proposal proposal = Optional.ofNullable(em.find(Proposal.class, proposalId))
                .orElseThrow(() -> new NotFoundException("proposal.notFound"));
        assemblies.get(viewer, proposal.getAssemblyId());
        em.refresh(proposal);
        return proposal;
    }

    public boolean hasSupported(Viewer viewer, long proposalId) {
        return viewer.participantId().map(p -> count(
                "select count(*) from support where proposal_id = ?1 and participant_id = ?2", proposalId, p) > 0).orElse(false);
    }

    /** The proposals of an assembly, in the order asked; {@code seed} makes the random order stable per visitor. */
    public PageOf<Proposal> list(Viewer viewer, long assemblyId, ProposalOrder order, long seed, int pageNumber, int pageSize) {
        assemblies.get(viewer, assemblyId);
        int number = PageOf.clampNumber(pageNumber);
        int size = PageOf.clampSize(pageSize);
        long total = count("select count(*) from proposal where assembly_id = ?1", assemblyId);
        String orderBy = switch (order) {
            case MOST_SUPPORTED -> "p.supports desc, p.created_at desc, p.id";
            case NEWEST -> "p.created_at desc, p.id desc";
            case RANDOM -> "md5(p.id || ':' || ?2), p.id";
        };
        var query = em.createNativeQuery("select p.* from proposal p where p.assembly_id = ?1 order by " + orderBy, Proposal.class)
                .setParameter(1, assemblyId);
        if (order == ProposalOrder.RANDOM) {
            query.setParameter(2, Long.toString(seed));
        }
        @SuppressWarnings("unchecked")
        List<Proposal> items = query.setFirstResult((number - 1) * size).setMaxResults(size).getResultList();
        return new PageOf<>(items, total, number, size);
    }

    public List<StatusChange> history(Viewer viewer, long proposalId) {
        get(viewer, proposalId);
        return ((List<?>) em.createNativeQuery("select status, changed_at from proposal_status_change where proposal_id = ?1 order by changed_at, id")
                .setParameter(1, proposalId).getResultList()).stream()
                .map(Object[].class::cast)
                .map(row -> new StatusChange(ProposalStatus.valueOf((String) row[0]), SqlValues.instant(row[1])))
                .toList();
    }

    /**
     * May this viewer submit or support proposals in this assembly now? The assembly's row is
     * share-locked, so that a phase change being committed is waited for, not missed.
     */
    public Decision inAssembly(Viewer viewer, Proposal proposal) {
        assemblies.lockPhase(proposal.getAssemblyId());
        Assembly assembly = assemblies.get(viewer, proposal.getAssemblyId());
        return AssemblyPolicy.propose(viewer, assembly, assemblies.isMember(viewer, assembly.getId()));
    }

    private Proposal lock(Viewer viewer, long proposalId) {
        Proposal proposal = get(viewer, proposalId);
        em.lock(proposal, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        em.refresh(proposal);
        return proposal;
    }

    /**
     * Records the outcome of a selected proposal's vote: adopted or rejected. Only a selected
     * proposal is decided (a withdrawn one stays withdrawn); called when its ballot is counted.
     */
    public void decide(long proposalId, boolean adopted) {
        ProposalStatus outcome = adopted ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED;
        int updated = em.createNativeQuery("update proposal set status = ?2, status_changed_at = now() where id = ?1 and status = 'SELECTED'")
                .setParameter(1, proposalId).setParameter(2, outcome.name()).executeUpdate();
        if (updated == 1) {
            recordStatus(proposalId, outcome, null);
        }
    }

    /** A selected proposal of an assembly: what a ballot may be about. */
    public record Selected(long id, String title) {
    }

    /** The assembly's proposals selected for the vote, oldest first. */
    public List<Selected> selected(long assemblyId) {
        return ((List<?>) em.createNativeQuery("select id, title from proposal where assembly_id = ?1 and status = 'SELECTED' order by created_at, id")
                .setParameter(1, assemblyId).getResultList()).stream().map(Object[].class::cast)
                .map(r -> new Selected(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    private void changeStatus(long proposalId, ProposalStatus status, Long by) {
        em.createNativeQuery("update proposal set status = ?2, status_changed_at = now() where id = ?1")
                .setParameter(1, proposalId).setParameter(2, status.name()).executeUpdate();
        recordStatus(proposalId, status, by);
    }

    private void recordStatus(long proposalId, ProposalStatus status, Long by) {
        em.createNativeQuery("insert into proposal_status_change (proposal_id, status, changed_by) values (?1, ?2, ?3)")
                .setParameter(1, proposalId).setParameter(2, status.name()).setParameter(3, by).executeUpdate();
    }

    static Draft validate(Draft draft) {
        String title = Text.require(draft.title(), "proposal.title", Proposal.TITLE_MIN, Proposal.TITLE_MAX);
        String body = Text.require(draft.body(), "proposal.body", Proposal.BODY_MIN, Proposal.BODY_MAX);
        return new Draft(title, body, draft.neighbourhoodId());
    }

    /** The neighbourhood exists and, when the assembly names its neighbourhoods, is one of them. */
    private void requireNeighbourhood(Assembly assembly, Long neighbourhoodId) {
        if (neighbourhoodId == null) {
            return;
        }
        boolean allowed = assembly.getNeighbourhoods().isEmpty()
                ? count("select count(*) from neighbourhood where id = ?1", neighbourhoodId) > 0
                : assembly.getNeighbourhoods().stream().anyMatch(n -> n.getId().equals(neighbourhoodId));
        if (!allowed) {
            throw new InvalidInputException("proposal.neighbourhood.unknown");
        }
    }


    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
