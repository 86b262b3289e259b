package org.agorapolis.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.agorapolis.town.Town;

/**
 * The report for the council as a PDF, in French or English: a title page, the key figures,
 * charts, reach against the census, the funnel, outcomes, and how each figure is computed. It
 * prints exactly what the page shows — the same {@link Report}, already suppressed (ADR 0009) —
 * and names nobody.
 */
public final class CouncilReport {

    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color GRID = new Color(0xd0, 0xd5, 0xdd);
    private static final Color[] SERIES = {new Color(0x1d, 0x4e, 0x89), new Color(0xb3, 0x41, 0x1f), new Color(0x2e, 0x7d, 0x32), new Color(0x6a, 0x1b, 0x9a),
        new Color(0xa1, 0x12, 0x2f)};

    private final Report report;
    private final Locale locale;
    private final ResourceBundle texts;
    private final Instant generatedAt;
    private final BaseFont base;
    private final Font body;
    private final Font small;
    private final Font bold;
    private final Font heading;

    private CouncilReport(Report report, Locale locale, Instant generatedAt) {
        this.report = report;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("org.agorapolis.messages", locale);
        this.generatedAt = generatedAt;
        try {
            this.base = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.body = new Font(base, 10, Font.NORMAL, INK);
        this.small = new Font(base, 8, Font.NORMAL, INK);
        this.bold = new Font(base, 10, Font.BOLD, INK);
        this.heading = new Font(base, 15, Font.BOLD, INK);
    }

    /** The report as a PDF in the language of {@code locale} (French unless English is asked). */
    public static byte[] pdf(Report report, Locale locale, Instant generatedAt) {
        return new CouncilReport(report, locale, generatedAt).write();
    }

    private byte[] write() {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(text("council.title") + " — " + report.title());
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(locale.getLanguage()));
            document.addCreationDate();
            HeaderFooter footer = new HeaderFooter(new Phrase(report.title() + " — " + text("council.title") + " — ", small), true);
            footer.setBorder(Rectangle.TOP);
            footer.setBorderColor(GRID);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            titlePage(document);
            document.newPage();
            keyFigures(document);
            charts(document, writer.getDirectContent());
            reach(document);
            funnel(document);
            outcomes(document);
            method(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("council report not written", e);
        }
        return pdf.toByteArray();
    }

    private void titlePage(Document document) {
        Paragraph top = new Paragraph(text("council.title"), new Font(base, 24, Font.BOLD, INK));
        top.setSpacingBefore(160);
        document.add(top);
        Paragraph name = new Paragraph(report.title(), new Font(base, 20, Font.NORMAL, SERIES[0]));
        name.setSpacingBefore(12);
        document.add(name);
        String scope = report.scope().isTown() ? text("council.scopeTown")
                : text("council.scopeAssembly") + " — " + text("phase." + report.phase().orElseThrow().name())
                        + report.closesOn().map(d -> " — " + format("council.closesOn", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale).format(d))).orElse("");
        paragraph(document, scope, body, 18);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale).withZone(Town.ZONE);
        paragraph(document, format("council.generated", when.format(generatedAt), when.format(report.computedAt())), body, 36);
        paragraph(document, format("council.privacy", report.reach().k()), body, 12);
        paragraph(document, text("council.contents"), bold, 36);
        for (String section : List.of("council.keyFigures", "council.charts", "reach.title", "funnel.title", "outcomes.title", "council.method")) {
            paragraph(document, "— " + text(section), body, 2);
        }
    }

    private void keyFigures(Document document) {
        section(document, "council.keyFigures");
        ViralReport viral = report.viral();
        ReachReport reach = report.reach();
        PdfPTable table = table(new float[] {3, 1.4f});
        List<String[]> rows = new ArrayList<>();
        if (report.scope().isTown()) {
            rows.add(new String[] {text("figures.participants"), number(report.town().participants())});
            rows.add(new String[] {text("figures.active"), number(report.town().activeLast30Days())});
            rows.add(new String[] {text("figures.assemblies"), number(report.town().assemblies())});
        }
        rows.add(new String[] {text("council.members"), reach.members().getText()});
        rows.add(new String[] {text("viral.memberships"), viral.memberships().getText()});
        rows.add(new String[] {text("viral.shareWhoInvite"), viral.inviters().getText() + " — " + percent(viral.shareWhoInvite())});
        rows.add(new String[] {text("viral.perInviter"), decimal(viral.invitationsPerInviter())});
        rows.add(new String[] {text("council.kOverall"), decimal(reach.kOverall())});
        rows.add(new String[] {text("viral.toFirstInvitation"), days(viral.joinToFirstInvitation())});
        rows.add(new String[] {text("viral.openedToJoined"), days(viral.openedToJoined())});
        rows.add(new String[] {text("viral.depth"), String.valueOf(viral.depth())});
        rows.add(new String[] {text("viral.chains"), viral.chains().getText()});
        rows.add(new String[] {text("viral.relayShare"), percent(viral.relayShare())});
        rows.add(new String[] {text("reach.inclusionNeighbourhood"), decimal(reach.inclusionByNeighbourhood())});
        rows.add(new String[] {text("reach.inclusionAgeBand"), decimal(reach.inclusionByAgeBand())});
        rows.add(new String[] {text("reach.bridging"), percent(reach.bridgingIndex()) + " (" + reach.crossing().getText() + " / " + reach.comparable().getText() + ")"});
        for (String[] row : rows) {
            table.addCell(cell(row[0], body, false));
            table.addCell(cell(row[1], bold, true));
        }
        document.add(table);
    }

    private void charts(Document document, PdfContentByte canvas) {
        document.newPage();
        section(document, "council.charts");
        paragraph(document, text("activity.title"), bold, 6);
        document.add(image(activityChart(canvas)));
        paragraph(document, text("council.chart.activityNote"), small, 2);
        paragraph(document, text("council.chart.funnel"), bold, 14);
        List<Bar> joined = report.funnel().stream().map(r -> new Bar(text("channel." + r.channel()), r.joined(), r.joined().hidden()
                ? Optional.empty() : Optional.of((double) r.joined().value()))).toList();
        document.add(image(barChart(canvas, joined, Optional.empty(), v -> number(Math.round(v)))));
        paragraph(document, text("council.chart.representation"), bold, 14);
        List<Bar> ratios = report.reach().byNeighbourhood().stream().map(r -> new Bar(r.name(), r.members(), r.ratio())).toList();
        document.add(image(barChart(canvas, ratios, Optional.of(1.0), v -> decimal(Optional.of(v)))));
    }

    private void reach(Document document) {
        document.newPage();
        section(document, "reach.title");
        ReachReport reach = report.reach();
        paragraph(document, format("council.answers", reach.members().getText(), reach.answeredNeighbourhood().getText(),
                reach.declinedNeighbourhood().getText(), reach.answeredAgeBand().getText(), reach.declinedAgeBand().getText()), body, 0);
        for (String[] group : new String[][] {{"reach.by.neighbourhood", "n"}, {"reach.by.ageBand", "a"}}) {
            List<ReachReport.Row> rows = "n".equals(group[1]) ? reach.byNeighbourhood() : reach.byAgeBand();
            paragraph(document, text(group[0]), bold, 12);
            paragraph(document, text("reach.inclusion") + " " + decimal("n".equals(group[1]) ? reach.inclusionByNeighbourhood() : reach.inclusionByAgeBand()),
                    body, 2);
            PdfPTable table = table(new float[] {3, 2, 2, 2}, "reach.group", "reach.membersColumn", "census.population", "reach.ratio");
            for (ReachReport.Row row : rows) {
                table.addCell(cell(row.name(), body, false));
                table.addCell(cell(row.members().getText(), body, true));
                table.addCell(cell(number(row.population()), body, true));
                table.addCell(cell(decimal(row.ratio()), body, true));
            }
            document.add(table);
        }
        paragraph(document, text("reach.byGeneration"), bold, 12);
        PdfPTable generations = table(new float[] {1.2f, 2, 2, 2, 2}, "reach.generation", "reach.memberships", "reach.k", "reach.inclusionNeighbourhood",
                "reach.inclusionAgeBand");
        Map<Integer, ReachReport.GenerationReach> byGeneration = new java.util.HashMap<>();
        reach.reachByGeneration().forEach(g -> byGeneration.put(g.generation(), g));
        for (ReachReport.Generation g : reach.generations()) {
            Optional<ReachReport.GenerationReach> further = Optional.ofNullable(byGeneration.get(g.generation()));
            generations.addCell(cell(String.valueOf(g.generation()), body, false));
            generations.addCell(cell(g.members().getText(), body, true));
            generations.addCell(cell(decimal(g.k()), body, true));
            generations.addCell(cell(decimal(further.flatMap(ReachReport.GenerationReach::byNeighbourhood)), body, true));
            generations.addCell(cell(decimal(further.flatMap(ReachReport.GenerationReach::byAgeBand)), body, true));
        }
        document.add(generations);
    }

    private void funnel(Document document) {
        document.newPage();
        section(document, "funnel.title");
        paragraph(document, text("funnel.createdNote"), small, 0);
        PdfPTable table = table(new float[] {2, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f, 1.5f, 1.2f, 1.3f}, "funnel.channel", "funnel.created", "funnel.opened",
                "funnel.accounts", "funnel.joined", "funnel.rate", "funnel.contributed", "funnel.voted", "funnel.active");
        for (ReportQueries.FunnelRow row : report.funnel()) {
            table.addCell(cell(text("channel." + row.channel()), body, false));
            table.addCell(cell(row.created().map(ReachReport.Shown::getText).orElse("—"), body, true));
            for (ReachReport.Shown step : List.of(row.opened(), row.accounts(), row.joined())) {
                table.addCell(cell(step.getText(), body, true));
            }
            table.addCell(cell(percent(row.joinRate()), body, true));
            table.addCell(cell(row.contributed().getText(), body, true));
            table.addCell(cell(row.voted().getText(), body, true));
            table.addCell(cell(row.active().getText(), body, true));
        }
        document.add(table);
        if (!report.posters().isEmpty()) {
            paragraph(document, text("reportPosters.title"), bold, 14);
            PdfPTable posters = table(new float[] {3, 3, 1.3f, 1.3f, 1.3f, 1.5f}, "reportPosters.place", "reportPosters.assembly", "reportPosters.scans",
                    "reportPosters.signUps", "reportPosters.joined", "reportPosters.contributed");
            for (ReportQueries.PosterFigures poster : report.posters()) {
                posters.addCell(cell(poster.place(), body, false));
                posters.addCell(cell(poster.assembly(), body, false));
                for (ReachReport.Shown step : List.of(poster.scans(), poster.signUps(), poster.joined(), poster.contributed())) {
                    posters.addCell(cell(step.getText(), body, true));
                }
            }
            document.add(posters);
        }
    }

    private void outcomes(Document document) {
        section(document, "outcomes.title");
        PdfPTable proposals = table(new float[] {3, 1}, "outcomes.status", "outcomes.count");
        for (Map.Entry<String, Long> status : report.proposals().entrySet()) {
            proposals.addCell(cell(text("proposal.status." + status.getKey()), body, false));
            proposals.addCell(cell(number(status.getValue()), body, true));
        }
        document.add(proposals);
        paragraph(document, text("outcomes.ballots"), bold, 12);
        if (report.ballots().isEmpty()) {
            paragraph(document, text("outcomes.noBallot"), body, 2);
        } else {
            PdfPTable ballots = table(new float[] {3.4f, 2.6f, 1.2f, 1.2f, 1.2f, 2.2f}, "outcomes.ballot", "reportPosters.assembly", "outcomes.voters",
                    "outcomes.eligible", "outcomes.turnout", "outcomes.outcome");
            for (ReportQueries.BallotFigures ballot : report.ballots()) {
                ballots.addCell(cell(ballot.question(), body, false));
                ballots.addCell(cell(ballot.assembly(), body, false));
                ballots.addCell(cell(ballot.voters().getText(), body, true));
                ballots.addCell(cell(ballot.eligible().getText(), body, true));
                ballots.addCell(cell(percent(ballot.turnout()), body, true));
                ballots.addCell(cell(!ballot.counted() ? text("outcomes.pending") : ballot.adopted().map(a -> text(a ? "ballot.adoptedShort"
                        : "proposal.status.REJECTED")).orElse(format("outcomes.winner", ballot.getWinners())), body, false));
            }
            document.add(ballots);
        }
        paragraph(document, text("outcomes.meetings"), bold, 12);
        if (report.meetings().isEmpty()) {
            paragraph(document, text("council.noMeeting"), body, 2);
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(Town.ZONE);
        PdfPTable meetings = table(new float[] {3, 3, 2.4f, 1.2f, 1.2f, 1.2f}, "outcomes.meeting", "reportPosters.assembly", "activity.day",
                "outcomes.registered", "outcomes.capacity", "outcomes.attended");
        for (ReportQueries.MeetingFigures meeting : report.meetings()) {
            meetings.addCell(cell(meeting.meeting(), body, false));
            meetings.addCell(cell(meeting.assembly(), body, false));
            meetings.addCell(cell(when.format(meeting.startsAt()), body, false));
            meetings.addCell(cell(meeting.registered().getText(), body, true));
            meetings.addCell(cell(number(meeting.capacity()), body, true));
            meetings.addCell(cell(meeting.attended().map(ReachReport.Shown::getText).orElse("—"), body, true));
        }
        document.add(meetings);
    }

    private void method(Document document) {
        document.newPage();
        section(document, "council.method");
        for (String note : List.of("privacy", "members", "funnel", "k", "spread", "representation", "inclusion", "bridging", "generations", "activity",
                "freshness")) {
            Paragraph paragraph = new Paragraph();
            paragraph.add(new Chunk(text("council.method." + note + ".title") + ". ", bold));
            paragraph.add(new Chunk(format("council.method." + note, report.reach().k()), body));
            paragraph.setSpacingBefore(6);
            document.add(paragraph);
        }
    }

    /** One bar of a bar chart: its label, the count it stands for (hidden or not), and its value if published. */
    private record Bar(String label, ReachReport.Shown count, Optional<Double> value) {
    }

    private PdfTemplate activityChart(PdfContentByte canvas) {
        float width = 480;
        float height = 190;
        float left = 34;
        float bottom = 40;
        float plotWidth = width - left - 8;
        float plotHeight = height - bottom - 10;
        PdfTemplate chart = canvas.createTemplate(width, height);
        List<Activity.Day> days = report.activity().days();
        List<Function<Activity.Day, ReachReport.Shown>> series = List.of(Activity.Day::joins, Activity.Day::proposals, Activity.Day::comments,
                Activity.Day::supports, Activity.Day::votes);
        long max = 1;
        for (Activity.Day day : days) {
            for (Function<Activity.Day, ReachReport.Shown> s : series) {
                ReachReport.Shown shown = s.apply(day);
                max = shown.hidden() ? max : Math.max(max, shown.value());
            }
        }
        axes(chart, left, bottom, plotWidth, plotHeight, max);
        float step = days.size() > 1 ? plotWidth / (days.size() - 1) : 0;
        for (int s = 0; s < series.size(); s++) {
            chart.setColorStroke(SERIES[s]);
            chart.setLineWidth(1.4f);
            boolean drawing = false;
            for (int i = 0; i < days.size(); i++) {
                ReachReport.Shown shown = series.get(s).apply(days.get(i));
                if (shown.hidden()) {
                    drawing = false; // a hidden count is a gap, never its value
                    continue;
                }
                float x = left + i * step;
                float y = bottom + plotHeight * shown.value() / max;
                if (drawing) {
                    chart.lineTo(x, y);
                } else {
                    chart.moveTo(x, y);
                    drawing = true;
                }
            }
            chart.stroke();
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        if (!days.isEmpty()) {
            label(chart, date.format(days.get(0).date()), left, bottom - 12, Element.ALIGN_LEFT, 7);
            label(chart, date.format(days.get(days.size() - 1).date()), left + plotWidth, bottom - 12, Element.ALIGN_RIGHT, 7);
        }
        String[] names = {text("activity.joins"), text("activity.proposals"), text("activity.comments"), text("activity.supports"), text("activity.votes")};
        for (int s = 0; s < names.length; s++) {
            float x = left + s * 90;
            chart.setColorFill(SERIES[s]);
            chart.rectangle(x, 4, 10, 6);
            chart.fill();
            label(chart, names[s], x + 14, 4, Element.ALIGN_LEFT, 7);
        }
        return chart;
    }

    private PdfTemplate barChart(PdfContentByte canvas, List<Bar> bars, Optional<Double> reference, Function<Double, String> valueText) {
        float row = 16;
        float labelWidth = 150;
        float width = 480;
        float plotWidth = width - labelWidth - 60;
        float height = Math.max(row, bars.size() * row) + 8;
        PdfTemplate chart = canvas.createTemplate(width, height);
        double max = bars.stream().flatMap(b -> b.value().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
        max = Math.max(max, reference.orElse(0.0));
        max = max <= 0 ? 1 : max;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float y = height - (i + 1) * row;
            label(chart, shorten(bar.label(), 34), labelWidth - 6, y + 4, Element.ALIGN_RIGHT, 8);
            if (bar.value().isPresent()) {
                float length = (float) (plotWidth * bar.value().get() / max);
                chart.setColorFill(SERIES[0]);
                chart.rectangle(labelWidth, y + 2, Math.max(length, 0.5f), row - 5);
                chart.fill();
                label(chart, valueText.apply(bar.value().get()), labelWidth + length + 4, y + 4, Element.ALIGN_LEFT, 8);
            } else {
                label(chart, bar.count().hidden() ? bar.count().getText() : "—", labelWidth + 4, y + 4, Element.ALIGN_LEFT, 8);
            }
        }
        if (reference.isPresent()) {
            float x = labelWidth + (float) (plotWidth * reference.get() / max);
            chart.setColorStroke(SERIES[1]);
            chart.setLineWidth(0.8f);
            chart.setLineDash(3, 2, 0);
            chart.moveTo(x, 0);
            chart.lineTo(x, height);
            chart.stroke();
            chart.setLineDash(0);
        }
        return chart;
    }

    private void axes(PdfTemplate chart, float left, float bottom, float plotWidth, float plotHeight, long max) {
        chart.setColorStroke(GRID);
        chart.setLineWidth(0.5f);
        for (int i = 0; i <= 4; i++) {
            float y = bottom + plotHeight * i / 4;
            chart.moveTo(left, y);
            chart.lineTo(left + plotWidth, y);
            label(chart, number(Math.round(max * i / 4.0)), left - 4, y - 3, Element.ALIGN_RIGHT, 7);
        }
        chart.stroke();
    }

    private void label(PdfTemplate chart, String text, float x, float y, int alignment, float size) {
        chart.beginText();
        chart.setColorFill(INK);
        chart.setFontAndSize(base, size);
        chart.showTextAligned(alignment, text, x, y, 0);
        chart.endText();
    }

    private static Image image(PdfTemplate template) {
        Image image = Image.getInstance(template);
        image.setSpacingBefore(4);
        return image;
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private void section(Document document, String key) {
        Paragraph title = new Paragraph(text(key), heading);
        title.setSpacingBefore(14);
        title.setSpacingAfter(6);
        document.add(title);
    }

    private static void paragraph(Document document, String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(spacingBefore);
        document.add(paragraph);
    }

    private PdfPTable table(float[] widths, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(headings.length == 0 ? 0 : 1);
        for (String heading : headings) {
            PdfPCell cell = cell(text(heading), new Font(base, 8, Font.BOLD, INK), false);
            cell.setBackgroundColor(new Color(0xee, 0xf1, 0xf5));
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(GRID);
        cell.setPadding(4);
        cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private String text(String key) {
        return printable(texts.getString(key));
    }

    private String format(String key, Object... arguments) {
        return printable(new MessageFormat(texts.getString(key), locale).format(arguments));
    }

    private String number(long value) {
        return printable(NumberFormat.getIntegerInstance(locale).format(value));
    }

    private String decimal(Optional<Double> value) {
        if (value.isEmpty()) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return printable(format.format(value.get()));
    }

    private String percent(Optional<Double> value) {
        return value.map(v -> printable(NumberFormat.getPercentInstance(locale).format(v))).orElse("—");
    }

    private String days(Optional<java.time.Duration> value) {
        return value.map(d -> format("viral.days", d.toMinutes() / 1440.0)).orElse(text("viral.tooFew"));
    }

    /** The standard PDF fonts have no narrow no-break space (French thousands): a no-break space prints the same. */
    private static String printable(String text) {
        return text.replace('\u202f', '\u00a0');
    }
}
