package org.agorapolis.debates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyPolicy;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.proposals.ProposalService;
import org.agorapolis.shared.ContributionMade;
import org.agorapolis.shared.Decision;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.RateLimitExceededException;
import org.agorapolis.shared.Text;
import org.agorapolis.shared.security.Viewer;

/** Posting, editing and deleting comments, and reading a debate as a thread. */
@Stateless
public class CommentService {

    /** At most this many comments per participant per minute. */
    static final int COMMENTS_PER_MINUTE = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    AssemblyService assemblies;

    @Inject
    ProposalService proposals;

    @Inject
    ParticipantService participants;

    @Inject
    jakarta.enterprise.event.Event<ContributionMade> contributions;

    /** Where a debate takes place: an assembly, or one of its proposals. */
    public record Debate(long assemblyId, Long proposalId) {
    }

    /** A comment in thread order, with its author's name. */
    public record Entry(Comment comment, String authorName) {
    }

    /** Posts a comment in the debate, or a reply when {@code parentId} is given. */
    public long post(Viewer viewer, Debate debate, Long parentId, String body) {
        Decision inAssembly = commentable(viewer, debate);
        int depth = 0;
        if (parentId != null) {
            Comment parent = find(parentId).filter(c -> inDebate(c, debate)).orElseThrow(() -> new NotFoundException("comment.notFound"));
            // A deletion being committed is waited for, then seen: no reply under a fresh tombstone.
            em.lock(parent, LockModeType.PESSIMISTIC_READ);
            em.refresh(parent);
            CommentPolicy.reply(parent, inAssembly).orRefuse();
            depth = parent.getDepth() + 1;
        } else {
            inAssembly.orRefuse();
        }
        String text = Text.require(body, "comment.body", 1, Comment.BODY_MAX);
        long author = viewer.participantId().orElseThrow();
        participants.lockForContribution(author, debate.assemblyId());
        long recent = ((Number) em.createNativeQuery(
                "select count(*) from comment where author_id = ?1 and created_at > now() - interval '1 minute'")
                .setParameter(1, author).getSingleResult()).longValue();
        if (recent >= COMMENTS_PER_MINUTE) {
            throw new RateLimitExceededException("comment.rateLimited", COMMENTS_PER_MINUTE);
        }
        long id = ((Number) em.createNativeQuery("""
                insert into comment (assembly_id, proposal_id, parent_id, depth, author_id, body)
                values (?1, ?2, ?3, ?4, ?5, ?6) returning id
                """)
                .setParameter(1, debate.assemblyId()).setParameter(2, debate.proposalId()).setParameter(3, parentId)
                .setParameter(4, depth).setParameter(5, author).setParameter(6, text)
                .getSingleResult()).longValue();
        contributions.fire(new ContributionMade(debate.assemblyId(), author));
        return id;
    }

    /** The author rewrites their comment within 15 minutes; it is then shown as edited. */
    public void edit(Viewer viewer, long commentId, String body) {
        Comment comment = lock(viewer, commentId);
        CommentPolicy.edit(viewer, comment, Instant.now()).orRefuse();
        commentable(viewer, new Debate(comment.getAssemblyId(), comment.getProposalId())).orRefuse();
        String text = Text.require(body, "comment.body", 1, Comment.BODY_MAX);
        em.createNativeQuery("update comment set body = ?2, edited_at = now() where id = ?1")
                .setParameter(1, commentId).setParameter(2, text).executeUpdate();
    }

    /** The author deletes their comment: its text goes, a tombstone keeps the replies in place. */
    public void delete(Viewer viewer, long commentId) {
        Comment comment = lock(viewer, commentId);
        CommentPolicy.delete(viewer, comment).orRefuse();
        em.createNativeQuery("update comment set body = '', deleted_at = now() where id = ?1")
                .setParameter(1, commentId).executeUpdate();
    }

    /** Conversations (top-level comments with their replies) shown on one page of a debate. */
    public static final int THREADS_PER_PAGE = 20;

    /**
     * One page of the debate: the newest conversations first, each top-level comment followed by
     * its replies in the order they were written.
     */
    public PageOf<Entry> thread(Viewer viewer, Debate debate, int pageNumber) {
        visible(viewer, debate);
        int number = PageOf.clampNumber(pageNumber);
        long total = ((Number) em.createQuery("""
                select count(c) from Comment c where c.assemblyId = :assembly and c.parentId is null
                and ((:proposal is null and c.proposalId is null) or c.proposalId = :proposal)
                """).setParameter("assembly", debate.assemblyId()).setParameter("proposal", debate.proposalId())
                .getSingleResult()).longValue();
        List<Comment> tops = em.createQuery("""
                select c from Comment c where c.assemblyId = :assembly and c.parentId is null
                and ((:proposal is null and c.proposalId is null) or c.proposalId = :proposal)
                order by c.createdAt desc, c.id desc
                """, Comment.class)
                .setParameter("assembly", debate.assemblyId()).setParameter("proposal", debate.proposalId())
                .setFirstResult((number - 1) * THREADS_PER_PAGE).setMaxResults(THREADS_PER_PAGE)
                .getResultList();
        List<Comment> all = new ArrayList<>(tops);
        List<Long> parents = tops.stream().map(Comment::getId).toList();
        // Replies go two levels deep: fetch the replies, then the replies to those.
        for (int level = 0; level < Comment.MAX_DEPTH && !parents.isEmpty(); level++) {
            List<Comment> replies = em.createQuery("select c from Comment c where c.parentId in :parents order by c.createdAt, c.id", Comment.class)
                    .setParameter("parents", parents).getResultList();
            all.addAll(replies);
            parents = replies.stream().map(Comment::getId).toList();
        }
        Map<Long, String> names = participants.displayNames(all.stream().map(Comment::getAuthorId).distinct().toList());
        Map<Long, List<Comment>> replies = new HashMap<>();
        all.stream().filter(c -> c.getParentId() != null)
                .forEach(c -> replies.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c));
        List<Entry> ordered = new ArrayList<>(all.size());
        tops.forEach(c -> appendWithReplies(c, replies, names, ordered));
        return new PageOf<>(ordered, total, number, THREADS_PER_PAGE);
    }

    /** May this viewer post in this debate now? For pages that offer the form. */
    public Decision commentable(Viewer viewer, Debate debate) {
        Assembly assembly = visible(viewer, debate);
        return AssemblyPolicy.comment(viewer, assembly, assemblies.isMember(viewer, assembly.getId()));
    }

    private Assembly visible(Viewer viewer, Debate debate) {
        Assembly assembly = assemblies.get(viewer, debate.assemblyId());
        if (debate.proposalId() != null && proposals.get(viewer, debate.proposalId()).getAssemblyId() != debate.assemblyId()) {
            throw new NotFoundException("proposal.notFound");
        }
        return assembly;
    }

    private static void appendWithReplies(Comment comment, Map<Long, List<Comment>> replies, Map<Long, String> names, List<Entry> out) {
        out.add(new Entry(comment, names.getOrDefault(comment.getAuthorId(), "")));
        replies.getOrDefault(comment.getId(), List.of()).forEach(reply -> appendWithReplies(reply, replies, names, out));
    }

    private Comment lock(Viewer viewer, long commentId) {
        Comment comment = find(commentId).orElseThrow(() -> new NotFoundException("comment.notFound"));
        assemblies.get(viewer, comment.getAssemblyId());
        em.lock(comment, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(comment);
        return comment;
    }

    private Optional<Comment> find(long id) {
        return Optional.ofNullable(em.find(Comment.class, id));
    }

    private static boolean inDebate(Comment comment, Debate debate) {
        return comment.getAssemblyId() == debate.assemblyId() && Objects.equals(comment.getProposalId(), debate.proposalId());
    }
}
