package org.agorapolis.assemblies;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.agorapolis.shared.NotFoundException;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.security.Viewer;

/** Finds assemblies for a visitor, and lets residents join, leave and follow them. */
@Stateless
public class AssemblyService {

    @PersistenceContext
    EntityManager em;

    /**
     * The assemblies this viewer may see that match the search, most active first (open, voting,
     * closed, then drafts), then the latest opening, then by title.
     */
    public PageOf<Assembly> search(Viewer viewer, AssemblySearch search, int pageNumber, int pageSize) {
        int number = PageOf.clampNumber(pageNumber);
        int size = PageOf.clampSize(pageSize);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(viewer, search, parameters);
        Query count = em.createNativeQuery("select count(*) from assembly a where " + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query ids = em.createNativeQuery("select a.id from assembly a where " + where + """
                 order by case a.phase when 'OPEN' then 0 when 'VOTING' then 1 when 'CLOSED' then 2 else 3 end,
                          a.opens_on desc nulls last, a.title, a.id
                """);
        parameters.forEach(ids::setParameter);
        ids.setFirstResult((number - 1) * size).setMaxResults(size);
        List<Long> found = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return new PageOf<>(load(found), total, number, size);
    }

    private static String where(Viewer viewer, AssemblySearch search, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!viewer.canModerate()) {
            conditions.add("a.phase <> 'DRAFT'");
            if (viewer.participantId().isPresent()) {
                conditions.add("(a.visibility = 'PUBLIC' or exists (select 1 from membership m where m.assembly_id = a.id and m.participant_id = :viewer))");
                parameters.put("viewer", viewer.participantId().get());
            } else {
                conditions.add("a.visibility = 'PUBLIC'");
            }
        }
        if (search.phase() != null) {
            conditions.add("a.phase = :phase");
            parameters.put("phase", search.phase().name());
        }
        if (search.neighbourhood() != null) {
            conditions.add("exists (select 1 from assembly_neighbourhood an where an.assembly_id = a.id and an.neighbourhood_id = :neighbourhood)");
            parameters.put("neighbourhood", search.neighbourhood());
        }
        if (search.topic() != null) {
            conditions.add("a.topic = :topic");
            parameters.put("topic", search.topic());
        }
        if (search.words() != null) {
            conditions.add("(lower(a.title) like :words escape '\\' or lower(a.summary) like :words escape '\\')");
            parameters.put("words", search.wordsPattern());
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /**
     * The assemblies a viewer moderates — every one for the town's moderators, their own for
     * appointed moderators — drafts first (what moderators are preparing), then open, voting and
     * closed ones.
     */
    public PageOf<Assembly> moderated(Viewer viewer, int pageNumber, int pageSize) {
        int number = PageOf.clampNumber(pageNumber);
        int size = PageOf.clampSize(pageSize);
        String scope = "(?1 or a.id in (select assembly_id from assembly_moderator where participant_id = ?2))";
        boolean everything = viewer.canModerate();
        long me = viewer.participantId().orElse(-1L);
        long total = ((Number) em.createNativeQuery("select count(*) from assembly a where " + scope).setParameter(1, everything).setParameter(2, me)
                .getSingleResult()).longValue();
        List<Long> ids = ((List<?>) em.createNativeQuery("select a.id from assembly a where " + scope + """
                 order by case a.phase when 'DRAFT' then 0 when 'OPEN' then 1 when 'VOTING' then 2 else 3 end,
                          a.opens_on desc nulls last, a.title, a.id
                """).setParameter(1, everything).setParameter(2, me).setFirstResult((number - 1) * size).setMaxResults(size).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
        return new PageOf<>(load(ids), total, number, size);
    }

    private List<Assembly> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Assembly> byId = new HashMap<>();
        em.createQuery("select distinct a from Assembly a left join fetch a.neighbourhoods where a.id in :ids", Assembly.class)
                .setParameter("ids", ids).getResultList().forEach(a -> byId.put(a.getId(), a));
        return ids.stream().map(byId::get).toList();
    }

    /** The assembly, if this viewer may see it; otherwise it does not exist for them. */
    public Assembly get(Viewer viewer, long id) {
        // em.find: within one page's transaction, the assembly is read from the database once.
        Assembly assembly = java.util.Optional.ofNullable(em.find(Assembly.class, id))
                .orElseThrow(() -> new NotFoundException("assembly.notFound"));
        assembly.getNeighbourhoodsForLoading().size();
        if (!AssemblyPolicy.canSee(viewer, assembly, isMember(viewer, id))) {
            throw new NotFoundException("assembly.notFound");
        }
        return assembly;
    }

    public boolean isMember(Viewer viewer, long assemblyId) {
        return viewer.participantId().map(p -> isMember(assemblyId, p)).orElse(false);
    }

    /** Whether this participant is a member, whoever asks (for redemptions, where the viewer is not the member yet). */
    public boolean isMember(long assemblyId, long participantId) {
        return exists("membership", assemblyId, participantId);
    }

    public boolean isFollowing(Viewer viewer, long assemblyId) {
        return viewer.participantId().map(p -> exists("assembly_follow", assemblyId, p)).orElse(false);
    }

    public long countMembers(long assemblyId) {
        return ((Number) em.createNativeQuery("select count(*) from membership where assembly_id = ?1")
                .setParameter(1, assemblyId).getSingleResult()).longValue();
    }

    /** Joins a public assembly; joining twice is refused with a clear message, never a second row. */
    public void join(Viewer viewer, long assemblyId) {
        Assembly assembly = get(viewer, assemblyId);
        AssemblyPolicy.join(viewer, assembly, isMember(viewer, assemblyId)).orRefuse();
        em.createNativeQuery("insert into membership (assembly_id, participant_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, assemblyId).setParameter(2, viewer.participantId().orElseThrow()).executeUpdate();
    }

    public void leave(Viewer viewer, long assemblyId) {
        get(viewer, assemblyId);
        AssemblyPolicy.leave(viewer, isMember(viewer, assemblyId)).orRefuse();
        long participant = viewer.participantId().orElseThrow();
        em.createNativeQuery("delete from membership where assembly_id = ?1 and participant_id = ?2")
                .setParameter(1, assemblyId).setParameter(2, participant).executeUpdate();
        // Seats at upcoming meetings are given back: only members hold them.
        em.createNativeQuery("""
                with released as (
                    delete from meeting_registration r using meeting m
                    where r.meeting_id = m.id and m.assembly_id = ?1 and r.participant_id = ?2 and m.starts_at > now()
                    returning r.meeting_id)
                update meeting set registered = registered - 1 where id in (select meeting_id from released)
                """).setParameter(1, assemblyId).setParameter(2, participant).executeUpdate();
    }

    /** Follows or stops following; following is news of the assembly without taking part. */
    public void follow(Viewer viewer, long assemblyId, boolean follow) {
        Assembly assembly = get(viewer, assemblyId);
        AssemblyPolicy.follow(viewer, assembly, isMember(viewer, assemblyId)).orRefuse();
        String sql = follow
                ? "insert into assembly_follow (assembly_id, participant_id) values (?1, ?2) on conflict do nothing"
                : "delete from assembly_follow where assembly_id = ?1 and participant_id = ?2";
        em.createNativeQuery(sql).setParameter(1, assemblyId).setParameter(2, viewer.participantId().orElseThrow()).executeUpdate();
    }

    /** The topics of the assemblies this viewer may see, for the list's filter. */
    public List<String> topics(Viewer viewer) {
        Map<String, Object> parameters = new HashMap<>();
        var query = em.createNativeQuery("select distinct a.topic from assembly a where a.topic is not null and "
                + where(viewer, AssemblySearch.EVERYTHING, parameters) + " order by a.topic");
        parameters.forEach(query::setParameter);
        return ((List<?>) query.getResultList()).stream().map(String.class::cast).toList();
    }

    /**
     * Share-locks the assembly's row until the end of the transaction: a phase change being
     * committed (by a moderator or the calendar) is waited for, so that a contribution checked
     * against the phase cannot slip in after the phase has moved on.
     */
    public void lockPhase(long assemblyId) {
        em.createNativeQuery("select id from assembly where id = ?1 for share").setParameter(1, assemblyId).getResultList();
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

    private boolean exists(String table, long assemblyId, long participantId) {
        return !em.createNativeQuery("select 1 from " + table + " where assembly_id = ?1 and participant_id = ?2")
                .setParameter(1, assemblyId).setParameter(2, participantId).getResultList().isEmpty();
    }
}
