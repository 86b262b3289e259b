package org.agorapolis.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The worked examples of ADR 0010, counted by hand first. */
class TallyTest {

    private static Tally.Judgment judge(int options, String... papers) {
        return (Tally.Judgment) Tally.count(CountingMethod.MAJORITY_JUDGMENT, options, List.of(papers));
    }

    @Test
    void forAgainst_adoptsOnAMajorityOfExpressedVotesWhateverTheAbstentions() {
        Tally.ForAgainst result = (Tally.ForAgainst) Tally.count(CountingMethod.FOR_AGAINST, 0,
                List.of("FOR", "FOR", "AGAINST", "ABSTAIN", "ABSTAIN", "ABSTAIN"));
        assertEquals(List.of(6L, 2L, 1L, 3L, 3L), List.of(result.ballots(), result.votesFor(), result.votesAgainst(), result.abstentions(), result.expressed()));
        assertTrue(result.adopted(), "2 for, 1 against: adopted, the 3 abstentions are reported only");
        assertEquals("{\"method\":\"FOR_AGAINST\",\"ballots\":6,\"for\":2,\"against\":1,\"abstain\":3,\"adopted\":true}", result.json());
    }

    @Test
    void forAgainst_aTieOrNoVoteAdoptsNothing() {
        assertFalse(((Tally.ForAgainst) Tally.count(CountingMethod.FOR_AGAINST, 0, List.of("FOR", "AGAINST"))).adopted(), "1–1 is not a majority");
        Tally.ForAgainst empty = (Tally.ForAgainst) Tally.count(CountingMethod.FOR_AGAINST, 0, List.of());
        assertEquals(0, empty.ballots());
        assertFalse(empty.adopted());
    }

    @Test
    void approval_ranksByApprovalsAndAdoptsWhatMoreThanHalfThePapersApprove() {
        Tally.Approval result = (Tally.Approval) Tally.count(CountingMethod.APPROVAL, 3, List.of("1,2", "2", "2,3", ""));
        assertEquals(List.of(new Tally.Approved(1, 1, 2, false), new Tally.Approved(2, 3, 1, true), new Tally.Approved(3, 1, 2, false)), result.options());
        assertEquals(List.of(2), result.winners());
        assertEquals(4, result.ballots(), "the blank paper counts as a paper");
    }

    @Test
    void approval_aTieHasSeveralWinnersAndNobodyApprovedHasNone() {
        Tally.Approval tie = (Tally.Approval) Tally.count(CountingMethod.APPROVAL, 2, List.of("1", "2"));
        assertEquals(List.of(1, 2), tie.winners());
        assertTrue(tie.options().stream().noneMatch(Tally.Approved::adopted), "1 of 2 papers is not more than half");
        assertEquals(List.of(), ((Tally.Approval) Tally.count(CountingMethod.APPROVAL, 2, List.of("", ""))).winners());
    }

    @Test
    void majorityJudgment_equalMajorityGradesAreSeparatedByTheNextMedianOnceOneIsSetAside() {
        // A: 5 4 3 3 1 → median Good (3); B: 4 4 3 2 2 → median Good (3).
        // One Good set aside: A: 5 4 3 1 → lower median 3; B: 4 4 2 2 → lower median 2. A wins.
        Tally.Judgment result = judge(2, "5,4", "4,4", "3,3", "3,2", "1,2");
        assertEquals(List.of(new Tally.Judged(1, new long[] {0, 1, 0, 2, 1, 1}, 3, 1), new Tally.Judged(2, new long[] {0, 0, 2, 1, 2, 0}, 3, 2)),
                result.options());
        assertEquals(List.of(1), result.winners());
    }

    @Test
    void majorityJudgment_theMajorityGradeOfAnEvenNumberOfPapersIsTheLowerMiddleOne() {
        // A: 5 5 0 0 → lower middle of 0 0 5 5 is Reject; B: 2 2 2 2 → Fair. B wins though A's average is higher.
        Tally.Judgment result = judge(2, "5,2", "5,2", "0,2", "0,2");
        assertEquals(0, result.options().get(0).majorityGrade());
        assertEquals(2, result.options().get(1).majorityGrade());
        assertEquals(List.of(2), result.winners());
    }

    @Test
    void majorityJudgment_theTieBreakGoesAsDeepAsNeeded() {
        // A: 4 3 3 3 2 → 3, then 4 3 3 2 → 3, then 4 3 2 → 3, then 4 2 → 2.
        // B: 5 3 3 3 1 → 3, then 5 3 3 1 → 3, then 5 3 1 → 3, then 5 1 → 1.  A wins at the fourth step.
        Tally.Judgment result = judge(2, "4,5", "3,3", "3,3", "3,3", "2,1");
        assertEquals(List.of(1), result.winners());
        assertTrue(Tally.compareMajorityValues(result.options().get(0).grades(), result.options().get(1).grades()) > 0);
    }

    @Test
    void majorityJudgment_identicalProfilesTieAndNoPaperHasNoWinner() {
        Tally.Judgment tie = judge(2, "3,4", "4,3");
        assertEquals(List.of(1, 2), tie.winners(), "the same grades, in other papers: a perfect tie");
        Tally.Judgment empty = judge(3);
        assertEquals(List.of(), empty.winners());
        assertNull(empty.options().get(0).majorityGrade());
    }

    @Test
    void aStoredResultReadsBackAsTheSameResult() {
        for (Tally.Result result : List.of(Tally.count(CountingMethod.FOR_AGAINST, 0, List.of("FOR", "ABSTAIN")),
                Tally.count(CountingMethod.APPROVAL, 3, List.of("1,2", "2")), judge(2, "5,4", "4,4", "3,3"), judge(2))) {
            assertEquals(result, Tally.parse(result.json()));
            assertEquals(result.json(), Tally.parse(result.json()).json());
        }
    }

    @Test
    void theSamePapersInAnyOrderGiveTheSameResultText() {
        List<String> papers = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            papers.add(random.nextInt(6) + "," + random.nextInt(6) + "," + random.nextInt(6));
        }
        String first = Tally.count(CountingMethod.MAJORITY_JUDGMENT, 3, papers).json();
        Collections.shuffle(papers, random);
        assertEquals(first, Tally.count(CountingMethod.MAJORITY_JUDGMENT, 3, papers).json());
    }
}
