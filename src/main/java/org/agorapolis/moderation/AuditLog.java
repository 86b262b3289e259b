package org.agorapolis.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.persistence.SqlValues;
import org.agorapolis.shared.security.Roles;
import org.agorapolis.town.Town;

/** Administrators read the audit trail: filtered by action and period, newest first, and as CSV. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditLog {

    public static final int EXPORT_MAX = 100_000;

    @PersistenceContext
    EntityManager em;

    /** An entry as administrators read it. */
    public record Entry(long id, Instant at, String actor, String action, String objectKind, Long objectId, Long assemblyId, String before,
                        String after) {

        public long getId() {
            return id;
        }

        public Instant getAt() {
            return at;
        }

        public String getActor() {
            return actor;
        }

        public String getAction() {
            return action;
        }

        public String getObjectKind() {
            return objectKind;
        }

        public Long getObjectId() {
            return objectId;
        }

        public Long getAssemblyId() {
            return assemblyId;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }

    /** Filters: an action prefix (such as {@code moderation.}), and a period in the town's days; null means any. */
    public record Filter(String action, LocalDate from, LocalDate to) {
    }

    public PageOf<Entry> entries(Filter filter, int pageNumber, int pageSize) {
        int number = PageOf.clampNumber(pageNumber);
        int size = PageOf.clampSize(pageSize);
        long total = SqlValues.count(where(em.createNativeQuery("select count(*) from audit_entry e " + WHERE), filter).getSingleResult());
        return new PageOf<>(rows(filter, (number - 1) * size, size), total, number, size);
    }

    /** Every entry of the filter, up to {@value #EXPORT_MAX}, for the CSV export. */
    public List<Entry> export(Filter filter) {
        return rows(filter, 0, EXPORT_MAX);
    }

    private static final String WHERE = """
            where (cast(?1 as varchar) is null or e.action like cast(?1 as varchar) || '%')
              and (cast(?2 as timestamptz) is null or e.at >= cast(?2 as timestamptz))
              and (cast(?3 as timestamptz) is null or e.at < cast(?3 as timestamptz))
            """;

    private jakarta.persistence.Query where(jakarta.persistence.Query query, Filter filter) {
        // Actions are words and dots: anything else (LIKE wildcards included) is dropped.
        String action = filter.action() == null ? null : filter.action().replaceAll("[^A-Za-z.]", "");
        action = action == null || action.isEmpty() ? null : action;
        return query.setParameter(1, action)
                .setParameter(2, filter.from() == null ? null : filter.from().atStartOfDay(Town.ZONE).toInstant())
                .setParameter(3, filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(Town.ZONE).toInstant());
    }

    private List<Entry> rows(Filter filter, int first, int max) {
        return ((List<?>) where(em.createNativeQuery("""
                select e.id, e.at, p.display_name, e.action, e.object_kind, e.object_id, e.assembly_id, cast(e.before as text), cast(e.after as text)
                from audit_entry e left join participant p on p.id = e.actor_id
                """ + WHERE + " order by e.id desc"), filter).setFirstResult(first).setMaxResults(max).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Entry(SqlValues.count(r[0]), SqlValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                        SqlValues.optionalLong(r[5]), SqlValues.optionalLong(r[6]), (String) r[7], (String) r[8]))
                .toList();
    }
}
