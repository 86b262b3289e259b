package org.agorapolis.assemblies.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyPolicy;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.assemblies.Phase;
import org.agorapolis.debates.CommentService;
import org.agorapolis.debates.web.DebateBacking;
import org.agorapolis.proposals.Proposal;
import org.agorapolis.proposals.ProposalOrder;
import org.agorapolis.proposals.ProposalService;
import org.agorapolis.proposals.web.ProposalForm;
import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;
import org.agorapolis.shared.web.VisitorSeed;
import org.agorapolis.town.Neighbourhood;

/** {@code /assemblies/view.xhtml?id=}: one assembly, its proposals and its debate. */
@Named
@ViewScoped
public class AssemblyViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PROPOSALS_PER_PAGE = 10;
    private static final String VIEW = "/assemblies/view.xhtml";

    @Inject
    transient AssemblyService assemblies;

    @Inject
    transient ProposalService proposals;

    @Inject
    transient org.agorapolis.assemblies.MeetingService meetingService;

    @Inject
    transient org.agorapolis.town.TownService town;

    @Inject
    CurrentParticipant current;

    @Inject
    VisitorSeed seed;

    @Inject
    DebateBacking debate;

    private Assembly assembly;
    private boolean member;
    private boolean following;
    private long members;
    private ProposalOrder order;
    private PageOf<Proposal> proposalPage;
    private final ProposalForm form = new ProposalForm();
    private List<org.agorapolis.assemblies.Meeting> meetings;
    private java.util.Set<Long> registrations;

    /**
     * Runs before the page renders (f:viewAction): a missing or hidden object answers 404. One
     * transaction for every read of the page: one consistent view, and the assembly read once.
     */
    @jakarta.transaction.Transactional
    public void load() {
        var id = RequestParameters.id("id");
        try {
            assembly = assemblies.get(current.viewer(), id.orElseThrow(() -> new org.agorapolis.shared.NotFoundException("assembly.notFound")));
        } catch (org.agorapolis.shared.NotFoundException e) {
            Pages.notFound();
            return;
        }
        member = assemblies.isMember(current.viewer(), assembly.getId());
        following = assemblies.isFollowing(current.viewer(), assembly.getId());
        members = assemblies.countMembers(assembly.getId());
        order = ProposalOrder.parse(RequestParameters.text("sort").orElse(null));
        proposalPage = proposals.list(current.viewer(), assembly.getId(), order, seed.value(),
                RequestParameters.number("page", 1), PROPOSALS_PER_PAGE);
        meetings = meetingService.list(current.viewer(), assembly.getId());
        ballots = votes.list(current.viewer(), assembly.getId());
        registrations = meetingService.registrations(current.viewer(), assembly.getId());
        debate.open(new CommentService.Debate(assembly.getId(), null));
    }

    public String register(long meetingId) {
        return Messages.perform(() -> meetingService.register(current.viewer(), meetingId), "meeting.registered", reload());
    }

    public String unregister(long meetingId) {
        return Messages.perform(() -> meetingService.unregister(current.viewer(), meetingId), "meeting.unregistered", reload());
    }

    @Inject
    transient org.agorapolis.votes.VoteService votes;

    private List<org.agorapolis.votes.Ballot> ballots;

    public List<org.agorapolis.votes.Ballot> getBallots() {
        return ballots;
    }

    public List<org.agorapolis.assemblies.Meeting> getMeetings() {
        return meetings;
    }

    public boolean isRegistered(long meetingId) {
        return registrations.contains(meetingId);
    }

    /** Members register for meetings that have not started and still have a seat. */
    public boolean canRegister(org.agorapolis.assemblies.Meeting meeting) {
        return member && !isRegistered(meeting.getId()) && !meeting.isFull() && meeting.isUpcomingAt(java.time.Instant.now());
    }

    public boolean canUnregister(org.agorapolis.assemblies.Meeting meeting) {
        return member && isRegistered(meeting.getId()) && meeting.isUpcomingAt(java.time.Instant.now());
    }

    public String join() {
        return Messages.perform(() -> assemblies.join(current.viewer(), assembly.getId()), "assembly.joined", reload());
    }

    public String leave() {
        return Messages.perform(() -> assemblies.leave(current.viewer(), assembly.getId()), "assembly.left", reload());
    }

    public String follow() {
        return Messages.perform(() -> assemblies.follow(current.viewer(), assembly.getId(), !following),
                following ? "assembly.unfollowed" : "assembly.followed", reload());
    }

    public String submitProposal() {
        try {
            long id = proposals.submit(current.viewer(), assembly.getId(), form.draft());
            Messages.info("proposal.submitted");
            return Pages.reload("/proposals/view.xhtml", id);
        } catch (DomainException refused) {
            Messages.refused(refused);
            return null;
        }
    }

    private String reload() {
        return Pages.reload(VIEW, assembly.getId());
    }

    public Assembly getAssembly() {
        return assembly;
    }

    public boolean isMember() {
        return member;
    }

    public boolean isFollowing() {
        return following;
    }

    public long getMembers() {
        return members;
    }

    public boolean isCanJoin() {
        return AssemblyPolicy.join(current.viewer(), assembly, member).isAllowed();
    }

    public boolean isCanPropose() {
        return AssemblyPolicy.propose(current.viewer(), assembly, member).isAllowed();
    }

    public ProposalOrder getOrder() {
        return order;
    }

    public List<ProposalOrder> getOrders() {
        return List.of(ProposalOrder.values());
    }

    public PageOf<Proposal> getProposals() {
        return proposalPage;
    }

    public ProposalForm getForm() {
        return form;
    }

    /** The neighbourhoods a proposal may concern: the assembly's, or the whole town's. */
    public List<Neighbourhood> getNeighbourhoods() {
        return assembly.getNeighbourhoods().isEmpty() ? town.neighbourhoods() : assembly.getNeighbourhoods();
    }

    /** The query string of the proposal list at another page, in the same order. */
    public String pageLink(long number) {
        return "?id=" + assembly.getId() + "&sort=" + order + "&page=" + number + "#proposals";
    }

    /** The phases in order, for the timeline. */
    public List<Phase> getTimeline() {
        return List.of(Phase.values());
    }

    public boolean isReached(Phase phase) {
        return phase.ordinal() <= assembly.getPhase().ordinal();
    }
}
