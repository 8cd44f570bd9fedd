package vn.ngayhoi.festival;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.shared.Formats;

/** The words of a festival's Giấy mời, from what the festival's registration says. */
final class InvitationText {

    private InvitationText() {}

    static String subject(int year, String unitName) {
        return "Dự “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + year + " tại " + unitName;
    }

    /** "07 giờ 30 phút, ngày 15/8/2022". */
    static String time(OffsetDateTime at) {
        ZonedDateTime t = at.atZoneSameInstant(Formats.ZONE);
        return String.format(
                "%02d giờ %02d phút, ngày %d/%d/%d",
                t.getHour(), t.getMinute(), t.getDayOfMonth(), t.getMonthValue(), t.getYear());
    }

    static List<Block> body(Festival f, int year) {
        List<Block> body = new ArrayList<>();
        body.add(paragraph("Trân trọng kính mời:"));
        List<String> groups = f.details().delegateGroups().stream()
                .filter(g -> g != null && !g.isBlank())
                .toList();
        if (groups.isEmpty()) {
            body.add(new Bullet("-", List.of(Run.plain("Đại biểu và Nhân dân trên địa bàn."))));
        }
        for (int i = 0; i < groups.size(); i++) {
            body.add(new Bullet("-", List.of(Run.plain(groups.get(i) + (i == groups.size() - 1 ? "." : ";")))));
        }
        body.add(paragraph("Đến dự “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + year + " tại " + f.unitName()
                + (f.pilot() ? " (điểm chỉ đạo)." : ".")));
        body.add(labelled("Thời gian: ", time(f.startsAt()) + "."));
        body.add(labelled("Địa điểm: ", f.venue() + "."));
        List<String> steps = f.details().programme().stream()
                .map(FestivalDetails.Step::title)
                .filter(t -> t != null && !t.isBlank())
                .toList();
        List<String> activities = f.details().activities().stream()
                .filter(a -> a != null && !a.isBlank())
                .toList();
        if (!steps.isEmpty() || !activities.isEmpty()) {
            body.add(labelled("Chương trình:", ""));
            if (!steps.isEmpty()) {
                body.add(new Bullet("-", List.of(Run.plain("Phần lễ: " + String.join("; ", steps) + "."))));
            }
            if (!activities.isEmpty()) {
                body.add(new Bullet("-", List.of(Run.plain("Phần hội: " + String.join("; ", activities) + "."))));
            }
        }
        body.add(paragraph("Rất mong các đồng chí đến dự đúng thời gian./."));
        return body;
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(List.of(Run.plain(text)));
    }

    private static Paragraph labelled(String label, String text) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(label, true, false));
        if (!text.isEmpty()) {
            runs.add(Run.plain(text));
        }
        return new Paragraph(runs);
    }
}
