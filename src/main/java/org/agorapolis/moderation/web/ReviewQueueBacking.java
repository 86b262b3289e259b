package org.agorapolis.moderation.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.moderation.FlagReason;
import org.agorapolis.moderation.ModerationService;
import org.agorapolis.shared.security.CurrentParticipant;
import org.agorapolis.shared.web.Messages;

/**
 * {@code /admin/moderation/}: the review queue — flagged items, newest flags first, filtered by
 * assembly, reason and status, loaded a page at a time; hide (with a public reason), restore or
 * dismiss each.
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/admin/moderation/index.xhtml?faces-redirect=true";

    @Inject
    transient ModerationService moderation;

    @Inject
    transient AssemblyService assemblies;

    @Inject
    CurrentParticipant current;

    private Long assemblyId;
    private String reason;
    private String status = "OPEN";
    private final Map<Long, String> publicReasons = new HashMap<>();
    private final Map<Long, Integer> suspensionDays = new HashMap<>();
    private LazyDataModel<ModerationService.Case> cases;

    @PostConstruct
    void init() {
        cases = new LazyDataModel<>() {

            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) moderation.queue(current.viewer(), filter(), ModerationService.Sort.LAST_FLAG, true, 0, 1).total();
            }

            @Override
            public List<ModerationService.Case> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                ModerationService.Sort sort = ModerationService.Sort.LAST_FLAG;
                boolean descending = true;
                for (SortMeta meta : sortBy.values()) {
                    sort = switch (meta.getField()) {
                        case "firstFlagAt" -> ModerationService.Sort.FIRST_FLAG;
                        case "flags" -> ModerationService.Sort.FLAGS;
                        case "status" -> ModerationService.Sort.STATUS;
                        default -> ModerationService.Sort.LAST_FLAG;
                    };
                    descending = meta.getOrder() != SortOrder.ASCENDING;
                }
                var page = moderation.queue(current.viewer(), filter(), sort, descending, first, pageSize);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(ModerationService.Case row) {
                return String.valueOf(row.id());
            }
        };
    }

    private ModerationService.Filter filter() {
        return new ModerationService.Filter(assemblyId, FlagReason.parse(reason), status == null || status.isEmpty() ? null : status);
    }

    /** Applies the filters (the table reloads from its first page). */
    public String apply() {
        return null;
    }

    public String hide(long caseId, int version) {
        FlagReason publicReason = FlagReason.parse(publicReasons.get(caseId));
        return Messages.perform(() -> moderation.decide(current.viewer(), caseId, version, ModerationService.Action.HIDE, publicReason),
                "moderation.decided.HIDE", VIEW);
    }

    public String restore(long caseId, int version) {
        return Messages.perform(() -> moderation.decide(current.viewer(), caseId, version, ModerationService.Action.RESTORE, null),
                "moderation.decided.RESTORE", VIEW);
    }

    public String dismiss(long caseId, int version) {
        return Messages.perform(() -> moderation.decide(current.viewer(), caseId, version, ModerationService.Action.DISMISS, null),
                "moderation.decided.DISMISS", VIEW);
    }

    public String warn(long caseId) {
        FlagReason publicReason = FlagReason.parse(publicReasons.get(caseId));
        return Messages.perform(() -> moderation.warnOrSuspend(current.viewer(), caseId, publicReason, 0), "moderation.warned", VIEW);
    }

    public String suspend(long caseId) {
        FlagReason publicReason = FlagReason.parse(publicReasons.get(caseId));
        int days = suspensionDays.getOrDefault(caseId, 0) == null ? 0 : suspensionDays.getOrDefault(caseId, 0);
        if (days < 1) {
            Messages.refusedKey("moderation.suspend.range", 1, ModerationService.SUSPENSION_DAYS_MAX);
            return null;
        }
        return Messages.perform(() -> moderation.warnOrSuspend(current.viewer(), caseId, publicReason, days), "moderation.suspended.done", VIEW);
    }

    /** Bans the author of the case (the town's moderators only): their account is disabled at the identity provider. */
    public String ban(long caseId) {
        FlagReason publicReason = FlagReason.parse(publicReasons.get(caseId));
        return Messages.perform(() -> moderation.ban(current.viewer(), caseId, publicReason), "moderation.banned.done", VIEW);
    }

    public String lift(long banId) {
        return Messages.perform(() -> moderation.lift(current.viewer(), banId), "moderation.bans.lifted", VIEW);
    }

    private List<ModerationService.Ban> bans;

    public List<ModerationService.Ban> getBans() {
        if (bans == null) {
            bans = current.viewer().canModerate() ? moderation.bans(current.viewer()) : List.of();
        }
        return bans;
    }

    public Map<Long, Integer> getSuspensionDays() {
        return suspensionDays;
    }

    public LazyDataModel<ModerationService.Case> getCases() {
        return cases;
    }

    public List<Assembly> getAssemblies() {
        return assemblies.moderated(current.viewer(), 1, 100).items();
    }

    public FlagReason[] getReasons() {
        return FlagReason.values();
    }

    public String[] getStatuses() {
        return new String[] {"OPEN", "HIDDEN", "RESTORED", "DISMISSED"};
    }

    public Map<Long, String> getPublicReasons() {
        return publicReasons;
    }

    public Long getAssemblyId() {
        return assemblyId;
    }

    public void setAssemblyId(Long assemblyId) {
        this.assemblyId = assemblyId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
