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

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void followDates() {
        em.createNativeQuery("update assembly set phase = 'VOTING' where phase = 'OPEN' and voting_on <= current_date").executeUpdate();
        em.createNativeQuery("update assembly set phase = 'CLOSED' where phase = 'VOTING' and closes_on <= current_date").executeUpdate();
    }
}
