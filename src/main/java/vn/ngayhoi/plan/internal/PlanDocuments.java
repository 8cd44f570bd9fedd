package vn.ngayhoi.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.shared.Formats;

/** Turns a plan's data into the NĐ 30 document model, in the order of the seed plan. */
@Component
public class PlanDocuments {

    static final String TYPE_NAME = "KẾ HOẠCH";
    static final String TYPE_ABBREVIATION = "KH";
    static final String ORGANISATION = "III. TỔ CHỨC THỰC HIỆN";

    private final DocumentRenderer renderer;

    PlanDocuments(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    public OfficialDocument document(Plan plan, int campaignYear) {
        PlanContent c = plan.content();
        String numberLine = plan.numberLine() != null
                ? plan.numberLine()
                : "Số:      /" + TYPE_ABBREVIATION + "-" + c.issuerAbbreviation();
        String placeDate = plan.issuedOn() != null
                ? Formats.placeDate(c.place(), plan.issuedOn())
                : Formats.placeDateBlank(c.place(), campaignYear);
        List<Block> body = new ArrayList<>();
        if (c.preamble() != null && !c.preamble().isBlank()) {
            body.addAll(renderer.parse(c.preamble()));
        }
        String openPart = null;
        PlanContent.Section closing = null;
        for (PlanContent.Section s : c.sections()) {
            if (s.heading() == null) {
                closing = s;
                continue;
            }
            if (s.parent() != null && !Objects.equals(s.parent(), openPart)) {
                body.add(new Heading(1, s.parent()));
                openPart = s.parent();
            }
            body.add(new Heading(isRoman(s.heading()) ? 1 : 2, s.heading()));
            body.addAll(renderer.parse(s.body()));
        }
        if (!c.responsibilities().isEmpty()) {
            body.add(new Heading(1, ORGANISATION));
            for (PlanContent.Responsibility r : c.responsibilities()) {
                body.add(new Heading(2, r.number() + ". " + r.heading()));
                body.addAll(renderer.parse(r.body()));
            }
        }
        if (closing != null) {
            body.addAll(renderer.parse(closing.body()));
        }
        List<String> recipients =
                c.recipients().stream().map(PlanContent.Recipient::text).toList();
        return new OfficialDocument(
                c.parentBody(),
                c.issuingBody(),
                numberLine,
                placeDate,
                TYPE_NAME,
                c.subject(),
                body,
                recipients,
                c.officialSignature(),
                List.of(),
                plan.numberLine() == null);
    }

    public String firstPageText(byte[] pdf) {
        return renderer.firstPageText(pdf);
    }

    public byte[] docx(OfficialDocument document) {
        return renderer.docx(document);
    }

    public byte[] pdf(OfficialDocument document) {
        return renderer.pdf(document);
    }

    public byte[] banner(vn.ngayhoi.document.Banner banner) {
        return renderer.bannerPdf(banner);
    }

    public List<Block> parse(String markup) {
        return renderer.parse(markup);
    }

    /** Plain text of a block, for the HTML preview. */
    public static String text(Block block) {
        if (block instanceof OfficialDocument.Table t) {
            // A table has no runs: its cells, row by row, are its text.
            StringBuilder sb = new StringBuilder(String.join(" ", t.header()));
            t.rows().forEach(row -> sb.append('\n').append(String.join(" ", row)));
            return sb.toString();
        }
        List<Run> runs;
        if (block instanceof Paragraph p) {
            runs = p.runs();
        } else if (block instanceof OfficialDocument.Bullet b) {
            runs = b.runs();
        } else {
            runs = List.of(Run.plain(((Heading) block).text()));
        }
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    private static boolean isRoman(String heading) {
        return heading.matches("^[IVX]+\\. .*");
    }
}
