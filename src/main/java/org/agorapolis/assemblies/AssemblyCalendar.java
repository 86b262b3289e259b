package org.agorapolis.assemblies;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Published assemblies follow their dates: the vote opens on its day and the assembly closes on
 * its day. Drafts never open by themselves: a moderator publishes them. Checked every ten seconds
 * with two indexed updates, so that a phase changes within seconds of midnight.
 */
@Stateless
public class AssemblyCalendar {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.agorapolis.shared.AssemblyClosed> closings;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void followDates() {
        // The town's day, not the server's: dates are the town's calendar dates.
        java.time.LocalDate today = java.time.LocalDate.now(org.agorapolis.town.Town.ZONE);
        em.createNativeQuery("update assembly set phase = 'VOTING' where phase = 'OPEN' and voting_on <= ?1")
                .setParameter(1, today).executeUpdate();
        for (Object closed : em.createNativeQuery("update assembly set phase = 'CLOSED' where phase = 'VOTING' and closes_on <= ?1 returning id")
                .setParameter(1, today).getResultList()) {
            closings.fire(new org.agorapolis.shared.AssemblyClosed(((Number) closed).longValue()));
        }
    }
}
