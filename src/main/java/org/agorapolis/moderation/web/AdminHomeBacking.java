package org.agorapolis.moderation.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.assemblies.Assembly;
import org.agorapolis.assemblies.AssemblyService;
import org.agorapolis.reports.ReportService;
import org.agorapolis.reports.TownFigures;
import org.agorapolis.shared.PageOf;
import org.agorapolis.shared.security.CurrentParticipant;

/** {@code /admin/}: what moderators look after — the assemblies in every phase (or those they moderate), and the figures. */
@Named
@RequestScoped
public class AdminHomeBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    ReportService reports;

    @Inject
    AssemblyService assemblies;

    @Inject
    CurrentParticipant current;

    private TownFigures figures;
    private PageOf<Assembly> page;

    @PostConstruct
    void load() {
        // Town-wide figures for the town's moderators; a moderator of some assemblies sees those assemblies only.
        figures = current.viewer().canModerate() ? reports.townFigures() : null;
        page = assemblies.moderated(current.viewer(), org.agorapolis.shared.web.RequestParameters.number("page", 1), PAGE_SIZE);
    }

    public TownFigures getFigures() {
        return figures;
    }

    public List<Assembly> getAssemblies() {
        return page.items();
    }

    public PageOf<Assembly> getPage() {
        return page;
    }

    public String pageLink(long number) {
        return "?page=" + number;
    }
}
