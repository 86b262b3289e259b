package org.agorapolis.votes.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyAdministration;
import org.agorapolis.shared.NotAllowedException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;
import org.agorapolis.town.Town;
import org.agorapolis.votes.Ballot;
import org.agorapolis.votes.BallotSetup;
import org.agorapolis.votes.CountingMethod;
import org.agorapolis.votes.VoteService;

/**
 * {@code /admin/ballots/?assembly=[&ballot=]}: a moderator of the assembly sets ballots up — a
 * question with its method and options, or a for/against ballot for each selected proposal — and
 * changes them until they open.
 */
@Named
@ViewScoped
public class BallotAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/admin/ballots/index.xhtml";

    @Inject
    transient VoteService votes;

    @Inject
    transient AssemblyAdministration assemblies;

    @Inject
    CurrentParticipant current;

    private long assemblyId;
    private String assemblyTitle;
    private List<Ballot> ballots = List.of();
    private Long editing;

    private String question;
    private CountingMethod method = CountingMethod.MAJORITY_JUDGMENT;
    private String options;
    private boolean secret = true;
    private boolean membersBeforeOpening;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private LocalDateTime proposalsOpenAt;
    private LocalDateTime proposalsCloseAt;
    private boolean proposalsSecret = true;
    private boolean amongSelected;

    /** Whether the new ballot's options are the assembly's selected proposals. */
    public boolean isAmongSelected() {
        return amongSelected;
    }

    public void setAmongSelected(boolean amongSelected) {
        this.amongSelected = amongSelected;
    }

    public void load() {
        try {
            Assembly assembly = assemblies.get(RequestParameters.id("assembly").orElseThrow(() -> new NotFoundException("assembly.notFound")));
            assemblyId = assembly.getId();
            assemblyTitle = assembly.getTitle();
            ballots = votes.list(current.viewer(), assemblyId);
            RequestParameters.id("ballot").flatMap(id -> ballots.stream().filter(b -> b.id() == id).findFirst()).ifPresent(this::edit);
        } catch (NotFoundException unknown) {
            Pages.notFound();
        } catch (NotAllowedException notTheirs) {
            Pages.forbidden();
        }
    }

    private void edit(Ballot ballot) {
        editing = ballot.id();
        question = ballot.question();
        method = ballot.method();
        options = String.join("\n", ballot.options());
        secret = ballot.secret();
        membersBeforeOpening = ballot.membersBeforeOpening();
        opensAt = Town.local(ballot.opensAt());
        closesAt = Town.local(ballot.closesAt());
    }

    /** Creates the ballot, or saves the one being edited (refused, and recorded, once it has opened). */
    public String save() {
        BallotSetup setup = new BallotSetup(question, method, secret, membersBeforeOpening, Town.instant(opensAt), Town.instant(closesAt),
                options == null ? List.of() : Arrays.asList(options.split("\n")));
        if (editing == null && amongSelected) {
            return Messages.perform(() -> votes.createAmongSelected(current.viewer(), assemblyId, setup), "ballot.created", reload());
        }
        if (editing == null) {
            return Messages.perform(() -> votes.create(current.viewer(), assemblyId, setup), "ballot.created", reload());
        }
        return Messages.perform(() -> votes.revise(current.viewer(), editing, setup), "ballot.saved", reload());
    }

    /** A for/against ballot for each selected proposal without one. */
    public String createForSelected() {
        return Messages.perform(() -> votes.createForSelected(current.viewer(), assemblyId, Town.instant(proposalsOpenAt), Town.instant(proposalsCloseAt),
                proposalsSecret), "ballot.createdForSelected", reload());
    }

    private String reload() {
        return VIEW + "?faces-redirect=true&assembly=" + assemblyId;
    }

    public List<CountingMethod> getMethods() {
        return List.of(CountingMethod.values());
    }

    public long getAssemblyId() {
        return assemblyId;
    }

    public String getAssemblyTitle() {
        return assemblyTitle;
    }

    public List<Ballot> getBallots() {
        return ballots;
    }

    public Long getEditing() {
        return editing;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public CountingMethod getMethod() {
        return method;
    }

    public void setMethod(CountingMethod method) {
        this.method = method;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public boolean isSecret() {
        return secret;
    }

    public void setSecret(boolean secret) {
        this.secret = secret;
    }

    public boolean isMembersBeforeOpening() {
        return membersBeforeOpening;
    }

    public void setMembersBeforeOpening(boolean membersBeforeOpening) {
        this.membersBeforeOpening = membersBeforeOpening;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public LocalDateTime getProposalsOpenAt() {
        return proposalsOpenAt;
    }

    public void setProposalsOpenAt(LocalDateTime proposalsOpenAt) {
        this.proposalsOpenAt = proposalsOpenAt;
    }

    public LocalDateTime getProposalsCloseAt() {
        return proposalsCloseAt;
    }

    public void setProposalsCloseAt(LocalDateTime proposalsCloseAt) {
        this.proposalsCloseAt = proposalsCloseAt;
    }

    public boolean isProposalsSecret() {
        return proposalsSecret;
    }

    public void setProposalsSecret(boolean proposalsSecret) {
        this.proposalsSecret = proposalsSecret;
    }
}
