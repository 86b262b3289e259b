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
        activity = reports.activity();
        funnel = reports.funnel();
        proposals = reports.proposalsByStatus();
        meetings = reports.meetings();
    }

    private java.util.Map<String, Long> proposals;
    private java.util.List<ReportService.MeetingFigures> meetings;

    public java.util.List<java.util.Map.Entry<String, Long>> getProposals() {
        return java.util.List.copyOf(proposals.entrySet());
    }

    public java.util.List<ReportService.MeetingFigures> getMeetings() {
        return meetings;
    }

    private java.util.List<ReportService.FunnelRow> funnel;

    public java.util.List<ReportService.FunnelRow> getFunnel() {
        return funnel;
    }

    private org.agorapolis.reports.Activity activity;

    public org.agorapolis.reports.Activity getActivity() {
        return activity;
    }

    /** The activity chart's Chart.js configuration, its series named in the visitor's language. */
    public String getActivityChart() {
        return activity.chartJson(org.agorapolis.shared.web.Messages.text("activity.joins"), org.agorapolis.shared.web.Messages.text("activity.proposals"),
                org.agorapolis.shared.web.Messages.text("activity.comments"), org.agorapolis.shared.web.Messages.text("activity.supports"));
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
