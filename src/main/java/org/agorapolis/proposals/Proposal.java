package org.agorapolis.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A proposal submitted in an assembly.
 *
 * <p>Invariants (held by the schema): title of 3 to 160 characters, body of 10 to 5,000;
 * {@code supports} equals the number of support rows, never negative — both change in the same
 * transaction. Its text can be edited by its author only while it has no support.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 160;
    public static final int BODY_MIN = 10;
    public static final int BODY_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false, updatable = false)
    private long assemblyId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "neighbourhood_id")
    private Long neighbourhoodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalStatus status;

    @Column(nullable = false)
    private int supports;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    /** Set by moderation only (null: visible; PENDING: hidden until reviewed; otherwise the public reason). */
    @Column(name = "hidden_reason", insertable = false, updatable = false)
    private String hiddenReason;

    protected Proposal() {
    }

    /** A new proposal, published, with no support yet. */
    public Proposal(long assemblyId, long authorId, String title, String body, Long neighbourhoodId) {
        this.assemblyId = assemblyId;
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.neighbourhoodId = neighbourhoodId;
        this.status = ProposalStatus.PUBLISHED;
        this.createdAt = Instant.now();
        this.statusChangedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAssemblyId() {
        return assemblyId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public int getSupports() {
        return supports;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public boolean isWithdrawn() {
        return status == ProposalStatus.WITHDRAWN;
    }

    /** Hidden by moderation, pending review or decided: the page shows a neutral notice instead. */
    public boolean isHidden() {
        return hiddenReason != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }
}
