package org.agorapolis.votes.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agorapolis.shared.DomainException;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Csv;
import org.agorapolis.shared.web.Requests;
import org.agorapolis.votes.Ballot;
import org.agorapolis.votes.Tally;
import org.agorapolis.votes.VoteService;

/**
 * {@code /ballots/results.csv?id=} and {@code /ballots/papers.csv?id=}: a counted ballot's result
 * and its counted papers (receipt, choice as stored, voter on public ballots), for whoever may see
 * the ballot — anyone can recount from the papers file.
 */
@WebServlet(name = "ballotCsv", urlPatterns = {"/ballots/results.csv", "/ballots/papers.csv"})
public class BallotCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    VoteService votes;

    @Inject
    CurrentParticipant current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id = Requests.id(request, "id").orElse(-1L);
        Ballot ballot;
        try {
            ballot = votes.get(current.viewer(), id);
            if (ballot.result() == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (DomainException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean papers = request.getServletPath().endsWith("papers.csv");
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ballot-" + id + (papers ? "-papers" : "-results") + ".csv\"");
        PrintWriter out = response.getWriter();
        if (papers) {
            out.print(ballot.secret() ? Csv.line("receipt", "choice") : Csv.line("receipt", "voter", "choice"));
            for (VoteService.Paper paper : votes.publishedPapers(current.viewer(), id)) {
                out.print(ballot.secret() ? Csv.line(paper.receipt(), paper.choice()) : Csv.line(paper.receipt(), paper.voter(), paper.choice()));
            }
            return;
        }
        Tally.Result result = Tally.parse(ballot.result());
        if (result instanceof Tally.ForAgainst r) {
            out.print(Csv.line("answer", "papers"));
            out.print(Csv.line("FOR", String.valueOf(r.votesFor())));
            out.print(Csv.line("AGAINST", String.valueOf(r.votesAgainst())));
            out.print(Csv.line("ABSTAIN", String.valueOf(r.abstentions())));
            out.print(Csv.line("adopted", String.valueOf(r.adopted())));
        } else if (result instanceof Tally.Approval r) {
            out.print(Csv.line("position", "option", "approvals", "rank", "adopted"));
            for (Tally.Approved o : r.options()) {
                out.print(Csv.line(String.valueOf(o.position()), ballot.options().get(o.position() - 1), String.valueOf(o.approvals()),
                        String.valueOf(o.rank()), String.valueOf(o.adopted())));
            }
        } else {
            out.print(Csv.line("position", "option", "majority_grade", "rank", "reject", "poor", "fair", "good", "very_good", "excellent"));
            for (Tally.Judged o : ((Tally.Judgment) result).options()) {
                String[] cells = new String[10];
                cells[0] = String.valueOf(o.position());
                cells[1] = ballot.options().get(o.position() - 1);
                cells[2] = o.majorityGrade() == null ? "" : String.valueOf(o.majorityGrade());
                cells[3] = String.valueOf(o.rank());
                long[] grades = o.grades();
                for (int g = 0; g < grades.length; g++) {
                    cells[4 + g] = String.valueOf(grades[g]);
                }
                out.print(Csv.line(Arrays.copyOf(cells, 10)));
            }
        }
    }
}
