package org.agorapolis.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Precomputed reports, so that a large town's report opens at once. The town's report and every
 * report read in the last half hour are recomputed every two minutes; a report older than
 * {@link #MAX_AGE} is never served — it is computed again while the reader waits. Each page says
 * when its figures were computed. Kept in memory: each server computes its own.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportSnapshots {

    private static final Logger LOG = Logger.getLogger(ReportSnapshots.class.getName());

    /** The oldest figures ever served; the page promises no more than five minutes. */
    static final Duration MAX_AGE = Duration.ofMinutes(4);

    /** Reports read within this time are kept fresh by the timer. */
    static final Duration KEPT_FRESH_AFTER_READING = Duration.ofMinutes(30);

    private final Map<ReportScope, Report> reports = new ConcurrentHashMap<>();
    private final Map<ReportScope, Instant> lastRead = new ConcurrentHashMap<>();
    private final Map<ReportScope, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Inject
    ReportQueries queries;

    @Resource
    TimerService timers;

    @PostConstruct
    void warmUp() {
        lastRead.put(ReportScope.TOWN, Instant.now());
        timers.createSingleActionTimer(5_000, new TimerConfig("warm-up", false));
    }

    @Timeout
    void warmUpNow() {
        refreshRead();
    }

    /**
     * The scope's report: the precomputed one if it is younger than {@link #MAX_AGE}, otherwise
     * computed now. A refresh computes it again, unless a computation that began after the request
     * finished while it waited (readers asking at once share one computation).
     */
    public Report get(ReportScope scope, boolean refresh) {
        Instant asked = Instant.now();
        lastRead.put(scope, asked);
        Report report = reports.get(scope);
        if (report != null && fresh(report, asked, refresh)) {
            return report;
        }
        ReentrantLock lock = locks.computeIfAbsent(scope, s -> new ReentrantLock());
        lock.lock();
        try {
            report = reports.get(scope);
            if (report != null && fresh(report, asked, refresh)) {
                return report;
            }
            return compute(scope);
        } finally {
            lock.unlock();
        }
    }

    private static boolean fresh(Report report, Instant asked, boolean refresh) {
        return refresh ? !report.computedAt().isBefore(asked) : report.age(asked).compareTo(MAX_AGE) < 0;
    }

    private Report compute(ReportScope scope) {
        Report report = queries.report(scope);
        reports.put(scope, report);
        return report;
    }

    /** Every two minutes: the town's report and every report read lately, computed again. */
    @Schedule(minute = "*/2", hour = "*", persistent = false)
    void refreshRead() {
        Instant now = Instant.now();
        lastRead.entrySet().removeIf(read -> read.getValue().isBefore(now.minus(KEPT_FRESH_AFTER_READING)) && !read.getKey().isTown());
        reports.keySet().removeIf(scope -> !lastRead.containsKey(scope));
        for (ReportScope scope : java.util.List.copyOf(lastRead.keySet())) {
            ReentrantLock lock = locks.computeIfAbsent(scope, s -> new ReentrantLock());
            if (!lock.tryLock()) {
                continue; // a reader is computing it right now
            }
            try {
                compute(scope);
            } catch (org.agorapolis.shared.NotFoundException e) {
                lastRead.remove(scope); // the assembly is no longer published
                reports.remove(scope);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Report of " + scope + " not recomputed; readers will compute it", e);
                reports.remove(scope);
            } finally {
                lock.unlock();
            }
        }
    }
}
