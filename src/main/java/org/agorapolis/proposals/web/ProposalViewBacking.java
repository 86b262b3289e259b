package org.agorapolis.proposals.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.debates.CommentService;
import org.agorapolis.debates.web.DebateBacking;
import org.agorapolis.participants.ParticipantService;
import org.agorapolis.proposals.Proposal;
import org.agorapolis.proposals.ProposalPolicy;
import org.agorapolis.proposals.ProposalService;
import org.agorapolis.shared.Decision;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;
import org.agorapolis.town.Neighbourhood;
import org.agorapolis.town.TownService;

/** {@code /proposals/view.xhtml?id=}: one proposal, its supports, its history and its debate. */
@Named
@ViewScoped
public class ProposalViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/proposals/view.xhtml";

    @Inject
    transient ProposalService proposals;

    @Inject
    transient AssemblyService assemblies;

    @Inject
    transient ParticipantService participants;

    @Inject
    transient TownService town;

    @Inject
    CurrentParticipant current;

    @Inject
    DebateBacking debate;

    private Proposal proposal;
    private final org.agorapolis.moderation.web.FlagForm report = new org.agorapolis.moderation.web.FlagForm();

    @Inject
    transient org.agorapolis.moderation.ModerationService moderation;
    private Assembly assembly;
    private String authorName;
    private boolean supported;
    private Decision inAssembly;
    private List<ProposalService.StatusChange> history;
    private final ProposalForm form = new ProposalForm();

    /**
     * Runs before the page renders (f:viewAction): a missing or hidden object answers 404. One
     * transaction for every read of the page: one consistent view, and the assembly read once.
     */
    @jakarta.transaction.Transactional
    public void load() {
        try {
            proposal = proposals.get(current.viewer(), RequestParameters.id("id").orElseThrow(() -> new NotFoundException("proposal.notFound")));
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        assembly = assemblies.get(current.viewer(), proposal.getAssemblyId());
        authorName = participants.displayNames(List.of(proposal.getAuthorId())).getOrDefault(proposal.getAuthorId(), "");
        supported = proposals.hasSupported(current.viewer(), proposal.getId());
        inAssembly = proposals.inAssembly(current.viewer(), proposal);
        history = proposals.history(current.viewer(), proposal.getId());
        form.setTitle(proposal.getTitle());
        form.setBody(proposal.getBody());
        form.setNeighbourhoodId(proposal.getNeighbourhoodId());
        debate.open(new CommentService.Debate(proposal.getAssemblyId(), proposal.getId()));
    }

    public String support() {
        return act(() -> proposals.support(current.viewer(), proposal.getId()), "support.given");
    }

    public String withdrawSupport() {
        return act(() -> proposals.withdrawSupport(current.viewer(), proposal.getId()), "support.withdrawn");
    }

    /** Reports this proposal (the id comes from the shared flag form; the proposal of the page is the one reported). */
    public String flag(long proposalId) {
        return act(() -> report.send(moderation, current.viewer(), org.agorapolis.moderation.ItemKind.PROPOSAL, proposal.getId()),
                "moderation.flag.done");
    }

    /** Signed-in participants flag others' visible proposals; the server decides again. */
    public boolean isCanFlag() {
        return current.isSignedIn() && !proposal.isHidden() && current.participantId().map(me -> me != proposal.getAuthorId()).orElse(false);
    }

    /** The page's report form. */
    public org.agorapolis.moderation.web.FlagForm getReport() {
        return report;
    }

    public String withdraw() {
        return act(() -> proposals.withdraw(current.viewer(), proposal.getId()), "proposal.withdrawn");
    }

    public String save() {
        return act(() -> proposals.edit(current.viewer(), proposal.getId(), form.draft()), "proposal.saved");
    }

    private String act(Runnable action, String doneKey) {
        return Messages.perform(action, doneKey, Pages.reload(VIEW, proposal.getId()));
    }

    public Proposal getProposal() {
        return proposal;
    }

    public Assembly getAssembly() {
        return assembly;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isSupported() {
        return supported;
    }

    public boolean isCanSupport() {
        return ProposalPolicy.support(current.viewer(), proposal, inAssembly, supported).isAllowed();
    }

    public boolean isCanWithdrawSupport() {
        return ProposalPolicy.withdrawSupport(proposal, inAssembly, supported).isAllowed();
    }

    public boolean isCanEdit() {
        return ProposalPolicy.edit(current.viewer(), proposal, inAssembly).isAllowed();
    }

    public boolean isCanWithdraw() {
        return ProposalPolicy.withdraw(current.viewer(), proposal, inAssembly).isAllowed();
    }

    public List<ProposalService.StatusChange> getHistory() {
        return history;
    }

    public String getNeighbourhoodName() {
        return proposal.getNeighbourhoodId() == null ? null : town.neighbourhoods().stream()
                .filter(n -> n.getId().equals(proposal.getNeighbourhoodId())).map(Neighbourhood::getName).findFirst().orElse(null);
    }

    /** The neighbourhoods the proposal may concern: the assembly's, or the whole town's. */
    public List<Neighbourhood> getNeighbourhoods() {
        return assembly.getNeighbourhoods().isEmpty() ? town.neighbourhoods() : assembly.getNeighbourhoods();
    }

    public ProposalForm getForm() {
        return form;
    }
}
