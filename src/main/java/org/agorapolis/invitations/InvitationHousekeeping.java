package org.agorapolis.invitations;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Forgets what anti-abuse no longer needs: attempts after two days, devices after 60 days unseen. */
@Singleton
public class InvitationHousekeeping {

    @PersistenceContext
    EntityManager em;

    @Schedule(minute = "17", hour = "*", persistent = false)
    public void forget() {
        em.createNativeQuery("delete from invitation_attempt where at < now() - interval '2 days'").executeUpdate();
        em.createNativeQuery("delete from participant_device where last_seen_at < now() - interval '60 days'").executeUpdate();
    }
}
