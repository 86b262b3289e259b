package org.agorapolis.assemblies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.agorapolis.town.Neighbourhood;

/**
 * A local participatory space: a topic, a territory and a timeline.
 *
 * <p>Invariants (held by the schema too): the title is not blank; the phase dates, when set, are
 * in order — opening, then voting, then closing.
 */
@Entity
@Table(name = "assembly")
public class Assembly {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(length = 80)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "voting_on")
    private LocalDate votingOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Rich text, sanitised by an allow-list before it is stored. */
    @Column(nullable = false)
    private String description = "";

    @Column(name = "supports_threshold", nullable = false)
    private int supportsThreshold = 10;

    @Column(name = "closing_message", nullable = false, length = 2000)
    private String closingMessage = "";

    @ManyToMany
    @JoinTable(name = "assembly_neighbourhood",
            joinColumns = @JoinColumn(name = "assembly_id"),
            inverseJoinColumns = @JoinColumn(name = "neighbourhood_id"))
    @OrderBy("name")
    private List<Neighbourhood> neighbourhoods = new ArrayList<>();

    protected Assembly() {
    }

    /** A new assembly in draft, visible to moderators only until it opens. */
    public Assembly(String title, String summary, Visibility visibility) {
        this.title = title;
        this.summary = summary;
        this.visibility = visibility;
        this.phase = Phase.DRAFT;
        this.createdAt = Instant.now();
    }

    /**
     * Moves the assembly on to a later phase; phases never go back (a closed assembly does not
     * reopen, a vote does not return to debate).
     */
    public void enter(Phase next) {
        if (next.ordinal() <= phase.ordinal()) {
            throw new org.agorapolis.shared.NotAllowedException("assembly.phaseBackwards");
        }
        this.phase = next;
    }

    /** Applies a validated setup (see {@link AssemblySetup#validated()}); the phase is changed by {@link #enter} only. */
    public void revise(AssemblySetup setup, List<Neighbourhood> concerned) {
        this.title = setup.title();
        this.summary = setup.summary();
        this.description = setup.description();
        this.topic = setup.topic();
        this.visibility = setup.visibility();
        this.opensOn = setup.opensOn();
        this.votingOn = setup.votingOn();
        this.closesOn = setup.closesOn();
        this.supportsThreshold = setup.supportsThreshold();
        this.closingMessage = setup.closingMessage();
        this.neighbourhoods.clear();
        this.neighbourhoods.addAll(concerned);
    }

    /** The phase that follows this one, if any. */
    public java.util.Optional<Phase> nextPhase() {
        Phase[] phases = Phase.values();
        return phase.ordinal() + 1 < phases.length ? java.util.Optional.of(phases[phase.ordinal() + 1]) : java.util.Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getTopic() {
        return topic;
    }

    public Phase getPhase() {
        return phase;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getVotingOn() {
        return votingOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getDescription() {
        return description;
    }

    /** Supports a proposal needs to be selected for the vote. */
    public int getSupportsThreshold() {
        return supportsThreshold;
    }

    public String getClosingMessage() {
        return closingMessage;
    }

    /** Proposals are submitted and supported only while the assembly is open. */
    public boolean isOpenForProposals() {
        return phase == Phase.OPEN;
    }

    /** The debate goes on while the assembly is open and during its vote. */
    public boolean isOpenForDebate() {
        return phase == Phase.OPEN || phase == Phase.VOTING;
    }

    /** The live collection, for services that load it before the transaction ends. */
    List<Neighbourhood> getNeighbourhoodsForLoading() {
        return neighbourhoods;
    }

    public List<Neighbourhood> getNeighbourhoods() {
        return List.copyOf(neighbourhoods);
    }
}
