package org.agorapolis.shared;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records moderation and administration actions, in the transaction of the action: who, what, on
 * which object, before and after (JSON). Entries are never changed or deleted: this class has no
 * such method, and the database refuses it (trigger on {@code audit_entry}).
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public void record(Long actorId, String action, String objectKind, Long objectId, Long assemblyId, String beforeJson, String afterJson) {
        em.createNativeQuery("""
                insert into audit_entry (actor_id, action, object_kind, object_id, assembly_id, before, after)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), cast(?7 as jsonb))
                """).setParameter(1, actorId).setParameter(2, action).setParameter(3, objectKind).setParameter(4, objectId)
                .setParameter(5, assemblyId).setParameter(6, beforeJson).setParameter(7, afterJson).executeUpdate();
    }

    /**
     * Records an attempt that is about to be refused: in a transaction of its own, so that the
     * entry stays although the action's transaction is rolled back.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void recordRefused(Long actorId, String action, String objectKind, Long objectId, Long assemblyId, String attemptJson) {
        record(actorId, action, objectKind, objectId, assemblyId, null, attemptJson);
    }

    /** A JSON object of one string field, escaped. */
    public static String json(String field, String value) {
        return value == null ? null : "{\"" + field + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
