package org.agorapolis.votes;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every five seconds: closed ballots are counted, and open ballots' new papers are mixed into the
 * box once enough of them wait (ADR 0010). Each ballot in its own transaction, so that one
 * failure delays only that ballot.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BallotClock {

    private static final Logger LOG = Logger.getLogger(BallotClock.class.getName());

    @Inject
    VoteService votes;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void tick() {
        for (long ballot : votes.dueForCounting()) {
            try {
                votes.count(ballot);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Ballot " + ballot + " not counted yet; tried again in five seconds", e);
            }
        }
        for (long ballot : votes.waitingToMix()) {
            try {
                votes.mix(ballot, VoteService.MIX_AT_LEAST);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Ballot " + ballot + " not mixed yet", e);
            }
        }
    }
}
