package org.agorapolis.reports.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.agorapolis.reports.ReportService;
import org.agorapolis.reports.TownFigures;

/** {@code /reports/}: the town's headline figures for officials. */
@Named
@RequestScoped
public class ReportsHomeBacking {

    @Inject
    ReportService reports;

    private TownFigures figures;
    private org.agorapolis.reports.ReachReport reach;

    @PostConstruct
    void load() {
        figures = reports.townFigures();
        reach = reports.reach();
        viral = reports.viral();
        posters = reports.posters();
    }

    private java.util.List<ReportService.PosterFigures> posters;

    public java.util.List<ReportService.PosterFigures> getPosters() {
        return posters;
    }

    private org.agorapolis.reports.ViralReport viral;

    public org.agorapolis.reports.ViralReport getViral() {
        return viral;
    }

    public org.agorapolis.reports.ReachReport getReach() {
        return reach;
    }

    public TownFigures getFigures() {
        return figures;
    }
}
