package vn.ngayhoi.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.shared.Formats;

/**
 * What the system already holds for a nominating unit, cited beside its nomination instead of
 * retyped: its accepted results report (the figures it gave) and its festival. The summary is kept
 * with the nomination as it stood when cited, so the department and the council read what the unit
 * saw, even without access to the report itself.
 */
@Component
class Citations {

    private static final int FIGURES = 6;

    private final ReportManagement reports;
    private final ReportForms forms;
    private final FestivalManagement festivals;
    private final Formats fmt;

    Citations(ReportManagement reports, ReportForms forms, FestivalManagement festivals, Formats fmt) {
        this.reports = reports;
        this.forms = forms;
        this.festivals = festivals;
        this.fmt = fmt;
    }

    record Cited(Long reportId, Long festivalId, String summary) {}

    Cited of(long campaignId, OrgUnit unit) {
        List<String> parts = new ArrayList<>();
        Optional<Report> report = reports.systemAcceptedOf(campaignId, unit.id());
        report.ifPresent(r -> parts.add(reportLine(campaignId, r)));
        Optional<Festival> festival = festivals.systemOfUnit(campaignId, unit.id());
        festival.ifPresent(f -> parts.add(festivalLine(f)));
        return new Cited(
                report.map(Report::id).orElse(null),
                festival.map(Festival::id).orElse(null),
                parts.isEmpty() ? null : String.join("\n", parts));
    }

    private String reportLine(long campaignId, Report r) {
        StringBuilder s = new StringBuilder("Báo cáo kết quả (đã tiếp nhận ")
                .append(fmt.date(r.decidedAt()))
                .append(")");
        Optional<ReportForm> form = forms.find(campaignId);
        if (form.isPresent()) {
            List<String> figures = form.get().definition().numericIndicators().stream()
                    .filter(i -> r.data().value(i.code()) != null
                            && !r.data().value(i.code()).isBlank())
                    .limit(FIGURES)
                    .map(i -> i.label() + ": " + number(r.data().value(i.code())))
                    .toList();
            if (!figures.isEmpty()) {
                s.append(": ").append(String.join("; ", figures));
            }
        }
        return s.toString();
    }

    private String number(String value) {
        try {
            return fmt.number(new java.math.BigDecimal(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private String festivalLine(Festival f) {
        StringBuilder s = new StringBuilder("Ngày hội ")
                .append(fmt.date(f.startsAt()))
                .append(" tại ")
                .append(f.venue());
        int attendance = f.details().totalAttendance();
        if (attendance > 0) {
            s.append(", ").append(fmt.number(attendance)).append(" người tham dự");
        }
        if (f.details().modelLaunch() != null && !f.details().modelLaunch().isBlank()) {
            s.append(", ra mắt mô hình “").append(f.details().modelLaunch()).append("”");
        }
        return s.toString();
    }
}
