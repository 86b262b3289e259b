package org.agorapolis.debates;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment in a debate.
 *
 * <p>Invariants (held by the schema): depth 0 to {@link #MAX_DEPTH} (a reply is one deeper than
 * its parent); the body is not blank unless the comment was deleted; a deleted comment keeps its
 * row so that its replies keep their place.
 */
@Entity
@Table(name = "comment")
public class Comment {

    public static final int MAX_DEPTH = 2;
    public static final int BODY_MAX = 2000;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false, updatable = false)
    private long assemblyId;

    @Column(name = "proposal_id", updatable = false)
    private Long proposalId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(nullable = false, updatable = false)
    private int depth;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** Set by moderation only (null: visible; PENDING: hidden until reviewed; otherwise the public reason). */
    @Column(name = "hidden_reason", insertable = false, updatable = false)
    private String hiddenReason;

    protected Comment() {
    }

    /** A new comment, or a reply one level deeper than its parent. */
    public Comment(long assemblyId, Long proposalId, Comment parent, long authorId, String body, Instant createdAt) {
        this.assemblyId = assemblyId;
        this.proposalId = proposalId;
        this.parentId = parent == null ? null : parent.getId();
        this.depth = parent == null ? 0 : parent.getDepth() + 1;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAssemblyId() {
        return assemblyId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getDepth() {
        return depth;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Replies go at most {@link #MAX_DEPTH} levels deep. */
    public boolean acceptsReplies() {
        return depth < MAX_DEPTH && !isDeleted();
    }

    /** Its author may still change it at this instant. */
    public boolean isEditableAt(Instant now) {
        return !isDeleted() && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    /** Hidden by moderation, pending review or decided: the page shows a neutral notice instead. */
    public boolean isHidden() {
        return hiddenReason != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
