package org.agorapolis.reports;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.agorapolis.shared.AssemblyClosed;
import org.agorapolis.shared.persistence.SqlValues;

/**
 * When an assembly closes, its report for the council is computed from the figures of that moment
 * and archived in French and English, never to change. Triggered by the closing itself; a sweep
 * every five minutes archives any closed assembly still without its report (a server stopped in
 * between, say).
 */
@Stateless
public class CouncilReportArchive {

    private static final Logger LOG = Logger.getLogger(CouncilReportArchive.class.getName());

    /** The languages of the archived report, as stored. */
    static final List<String> LANGUAGES = List.of("fr", "en");

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportQueries queries;

    @Inject
    CouncilReportArchive self;

    public void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssemblyClosed closed) {
        self.archiveLater(closed.assemblyId());
    }

    /** Archives in the background, so that closing an assembly never waits for its report. */
    @Asynchronous
    public void archiveLater(long assemblyId) {
        try {
            self.archive(assemblyId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Council report of assembly " + assemblyId + " not archived yet; the sweep will try again", e);
        }
    }

    /** Computes the closed assembly's report now and stores it in each language, unless it is already archived. */
    public void archive(long assemblyId) {
        Report report = queries.report(ReportScope.assembly(assemblyId));
        Instant now = Instant.now();
        for (String language : LANGUAGES) {
            em.createNativeQuery("""
                    insert into council_report (assembly_id, language, figures_at, pdf) select ?1, ?2, ?3, ?4
                    where exists (select 1 from assembly where id = ?1 and phase = 'CLOSED')
                    on conflict (assembly_id, language) do nothing
                    """).setParameter(1, assemblyId).setParameter(2, language).setParameter(3, report.computedAt())
                    .setParameter(4, CouncilReport.pdf(report, Locale.forLanguageTag(language), now)).executeUpdate();
        }
    }

    /** Every five minutes: closed assemblies whose report is missing, archived now. */
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    public void sweep() {
        for (Object id : em.createNativeQuery("""
                select a.id from assembly a where a.phase = 'CLOSED'
                and (select count(*) from council_report r where r.assembly_id = a.id) < 2 order by a.id limit 20
                """).getResultList()) {
            self.archiveLater(((Number) id).longValue());
        }
    }

    /** An archived report: when it was made, from figures of when, and the PDF. */
    public record Archived(Instant generatedAt, Instant figuresAt, byte[] pdf) {
    }

    /** The archived report of the assembly in the language, if it was archived. */
    public Optional<Archived> find(long assemblyId, String language) {
        List<?> rows = em.createNativeQuery("select generated_at, figures_at, pdf from council_report where assembly_id = ?1 and language = ?2")
                .setParameter(1, assemblyId).setParameter(2, language).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Archived(SqlValues.instant(r[0]), SqlValues.instant(r[1]), (byte[]) r[2])).findFirst();
    }

    /** When the assembly's report was archived, if it was. */
    public Optional<Instant> archivedAt(long assemblyId) {
        List<?> rows = em.createNativeQuery("select min(generated_at) from council_report where assembly_id = ?1").setParameter(1, assemblyId)
                .getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).map(SqlValues::instant).findFirst();
    }
}
