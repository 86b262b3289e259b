package org.agorapolis.votes.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;
import org.agorapolis.shared.web.Pages;
import org.agorapolis.shared.web.RequestParameters;
import org.agorapolis.votes.Ballot;
import org.agorapolis.votes.Choice;
import org.agorapolis.votes.CountingMethod;
import org.agorapolis.votes.Receipts;
import org.agorapolis.votes.ResultChart;
import org.agorapolis.votes.Tally;
import org.agorapolis.votes.VoteService;

/**
 * {@code /ballots/view.xhtml?id=}: a ballot — its rules, turnout, the vote and its change while
 * open (the receipt shown once), and once counted the result, its chart, the published papers
 * and, for officials, a recount.
 */
@Named
@ViewScoped
public class BallotBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/ballots/view.xhtml";
    private static final String RECEIPT = "agorapolis.receipt";
    /** Papers listed on the page; the CSV has them all. */
    static final int PAPERS_SHOWN = 100;

    @Inject
    transient VoteService votes;

    @Inject
    transient AssemblyService assemblies;

    @Inject
    CurrentParticipant current;

    private Ballot ballot;
    private Assembly assembly;
    private VoteService.Standing standing;
    private Tally.Result result;
    private List<VoteService.Paper> papers = List.of();
    private long paperCount;
    private String receipt;
    private String searchedReceipt;
    private Optional<VoteService.Paper> found = Optional.empty();
    private VoteService.Recount recount;

    private String answer;
    private List<Boolean> approved = new ArrayList<>();
    private List<Integer> grades = new ArrayList<>();
    private String changeReceipt;

    /** Runs before the page renders (f:viewAction): an unknown or hidden ballot answers 404. */
    @jakarta.transaction.Transactional
    public void load() {
        try {
            ballot = votes.get(current.viewer(), RequestParameters.id("id").orElseThrow(() -> new NotFoundException("ballot.notFound")));
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        assembly = assemblies.get(current.viewer(), ballot.assemblyId());
        standing = votes.standing(current.viewer(), ballot);
        result = votes.result(current.viewer(), ballot.id()).orElse(null);
        if (ballot.countedAt() != null) {
            List<VoteService.Paper> all = votes.publishedPapers(current.viewer(), ballot.id());
            paperCount = all.size();
            papers = all.subList(0, Math.min(PAPERS_SHOWN, all.size()));
            searchedReceipt = RequestParameters.text("receipt").orElse(null);
            Optional<String> wanted = Receipts.parse(searchedReceipt);
            found = wanted.flatMap(w -> all.stream().filter(p -> p.receipt().equals(w)).findFirst());
        }
        receipt = (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(RECEIPT);
        approved = new ArrayList<>(Collections.nCopies(ballot.options().size(), Boolean.FALSE));
        grades = new ArrayList<>(Collections.nCopies(ballot.options().size(), null));
    }

    /** Casts the vote; the receipt is shown once, on the page that follows. */
    public String cast() {
        Optional<String> choice = choice();
        if (choice.isEmpty()) {
            return null;
        }
        try {
            String code = votes.cast(current.viewer(), ballot.id(), choice.get());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(RECEIPT, code);
            Messages.info("vote.cast");
            return Pages.reload(VIEW, ballot.id());
        } catch (DomainException refused) {
            Messages.refused(refused);
            return null;
        }
    }

    /** Changes the vote behind the receipt typed (or remembered by this browser). */
    public String change() {
        Optional<String> choice = choice();
        if (choice.isEmpty()) {
            return null;
        }
        return Messages.perform(() -> votes.change(current.viewer(), ballot.id(), changeReceipt, choice.get()), "vote.changed", Pages.reload(VIEW, ballot.id()));
    }

    /** Counts the ballot again from its stored papers (officials and administrators). */
    public String recount() {
        try {
            recount = votes.recount(current.viewer(), ballot.id());
        } catch (DomainException refused) {
            Messages.refused(refused);
        }
        return null;
    }

    /** The form's choice as the ballot stores it, or empty (with a message) when something is missing. */
    private Optional<String> choice() {
        int options = ballot.options().size();
        if (ballot.method() == CountingMethod.FOR_AGAINST) {
            if (answer == null || answer.isBlank()) {
                Messages.refusedKey("vote.chooseAnswer");
                return Optional.empty();
            }
            return Optional.of(answer);
        }
        if (ballot.method() == CountingMethod.APPROVAL) {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < approved.size(); i++) {
                if (Boolean.TRUE.equals(approved.get(i))) {
                    positions.add(i + 1);
                }
            }
            return Optional.of(Choice.approving(options, positions.stream().mapToInt(Integer::intValue).toArray()));
        }
        if (grades.size() != options || grades.contains(null)) {
            Messages.refusedKey("vote.gradeEveryOption");
            return Optional.empty();
        }
        return Optional.of(grades.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
    }

    /** The result's chart, labelled in the reader's language. */
    public String getChart() {
        if (result == null) {
            return null;
        }
        return ResultChart.of(result, ballot.options(),
                List.of(Messages.text("vote.answer.FOR"), Messages.text("vote.answer.AGAINST"), Messages.text("vote.answer.ABSTAIN")),
                java.util.stream.IntStream.rangeClosed(Choice.REJECT, Choice.EXCELLENT).mapToObj(g -> Messages.text("grade." + g)).toList(),
                Messages.text("ballot.papers"));
    }

    /** A paper's choice in words: the answer, the approved options, or each option's grade. */
    public String describe(String paper) {
        if (ballot.method() == CountingMethod.FOR_AGAINST) {
            return Messages.text("vote.answer." + paper);
        }
        if (ballot.method() == CountingMethod.APPROVAL) {
            return paper.isEmpty() ? Messages.text("vote.blank")
                    : java.util.Arrays.stream(paper.split(",")).map(p -> ballot.options().get(Integer.parseInt(p) - 1))
                            .collect(java.util.stream.Collectors.joining(" · "));
        }
        String[] given = paper.split(",");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            parts.add(ballot.options().get(i) + " : " + Messages.text("grade." + given[i]));
        }
        return String.join(" · ", parts);
    }

    public Ballot getBallot() {
        return ballot;
    }

    public Assembly getAssembly() {
        return assembly;
    }

    public VoteService.Standing getStanding() {
        return standing;
    }

    /** Turnout in percent of those eligible (null without anyone eligible). */
    public Double getTurnout() {
        return standing.eligible() == 0 ? null : (double) standing.voters() / standing.eligible();
    }

    public Tally.Result getResult() {
        return result;
    }

    public Tally.ForAgainst getForAgainst() {
        return result instanceof Tally.ForAgainst r ? r : null;
    }

    public Tally.Approval getApproval() {
        return result instanceof Tally.Approval r ? r : null;
    }

    /** Majority judgment's options, best first. */
    public List<Tally.Judged> getJudged() {
        return result instanceof Tally.Judgment r ? Tally.byRank(r) : List.of();
    }

    public List<VoteService.Paper> getPapers() {
        return papers;
    }

    public long getPaperCount() {
        return paperCount;
    }

    public boolean isMorePapers() {
        return paperCount > papers.size();
    }

    public String getReceipt() {
        return receipt;
    }

    public String getSearchedReceipt() {
        return searchedReceipt;
    }

    public VoteService.Paper getFound() {
        return found.orElse(null);
    }

    public VoteService.Recount getRecount() {
        return recount;
    }

    public boolean isCanRecount() {
        return current.viewer().canReadReports() && ballot.countedAt() != null;
    }

    public List<Integer> getGrades() {
        return grades;
    }

    public List<Boolean> getApproved() {
        return approved;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getChangeReceipt() {
        return changeReceipt;
    }

    public void setChangeReceipt(String changeReceipt) {
        this.changeReceipt = changeReceipt;
    }

    /** Grades from Excellent down to Reject, as the form lists them. */
    public List<Integer> getGradeScale() {
        return List.of(5, 4, 3, 2, 1, 0);
    }
}
