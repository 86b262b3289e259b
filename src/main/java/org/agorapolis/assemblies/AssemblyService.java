package org.agorapolis.assemblies;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.security.Viewer;

/** Lists assemblies and counts them. */
@Stateless
public class AssemblyService {

    @PersistenceContext
    EntityManager em;

    /**
     * The assemblies this viewer may see, the most active first (open, voting, closed, then
     * drafts), then by opening date.
     */
    public List<Assembly> listVisibleTo(Viewer viewer) {
        List<Assembly> candidates = em.createQuery("""
                select distinct a from Assembly a left join fetch a.neighbourhoods
                where a.phase <> :draft or :moderator = true
                """, Assembly.class)
                .setParameter("draft", Phase.DRAFT)
                .setParameter("moderator", viewer.canModerate())
                .getResultList();
        return candidates.stream()
                .filter(a -> AssemblyPolicy.canSee(viewer, a))
                .sorted(AssemblyOrder.MOST_ACTIVE_FIRST)
                .toList();
    }

    /** How many assemblies are in each phase; every phase is present, zero when empty. */
    public Map<Phase, Long> countByPhase() {
        Map<Phase, Long> counts = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            counts.put(phase, 0L);
        }
        em.createQuery("select a.phase, count(a) from Assembly a group by a.phase", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Phase) row[0], (Long) row[1]));
        return counts;
    }
}
