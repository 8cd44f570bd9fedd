package vn.ngayhoi.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.plan.Letterheads;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.task.internal.ChasingLetterStore.Content;
import vn.ngayhoi.task.internal.ChasingLetterStore.Recipient;

/**
 * The words of a công văn đôn đốc, drafted or issued: the draft and the issued letter are laid out
 * by the same request, so the signer approves what is printed.
 */
final class ChasingLetterText {

    private ChasingLetterText() {}

    /** "đôn đốc thực hiện Kế hoạch số 01/KH-BCĐ": the trích yếu, written once. */
    static String subject(Plan plan) {
        return "đôn đốc thực hiện Kế hoạch " + planNotation(plan);
    }

    /** The request that issues the letter, or, with {@code on} null, lays out its draft. */
    static IssueRequest request(
            long letterId,
            Plan plan,
            String committeeName,
            Letterheads.Letterhead head,
            String subject,
            Content content,
            LocalDate on,
            String by) {
        List<String> recipientLines = new ArrayList<>();
        content.recipients().forEach(r -> recipientLines.add(r.unitName()));
        recipientLines.add("Lưu: VT");
        List<OfficialDocument.Block> body = body(plan, committeeName, content);
        OfficialDocument.Signature signature = head.signature();
        List<String> addressees =
                content.recipients().stream().map(Recipient::unitName).toList();
        return new IssueRequest(
                head.registerUnitId(),
                on == null ? LocalDate.EPOCH : on,
                DocumentType.OFFICIAL_LETTER,
                head.abbreviation(),
                subject,
                signature.signerName(),
                signature.title(),
                recipientLines,
                content.recipients().stream().map(Recipient::unitId).toList(),
                ChasingLetters.source(letterId),
                null,
                by,
                number -> new OfficialDocument(
                        head.parentBody(),
                        head.issuingBody(),
                        number == null
                                ? DocumentType.OFFICIAL_LETTER.draftNumberLine(head.abbreviation())
                                : number.line(),
                        number == null
                                ? Formats.placeDateBlank(
                                        head.place(), content.asOf().getYear())
                                : Formats.placeDate(head.place(), on),
                        null,
                        subject,
                        body,
                        recipientLines,
                        signature,
                        addressees,
                        number == null));
    }

    private static List<OfficialDocument.Block> body(Plan plan, String committeeName, Content content) {
        Formats formats = new Formats();
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(new OfficialDocument.Paragraph(List.of(OfficialDocument.Run.plain("Thực hiện Kế hoạch "
                + planNotation(plan) + " ngày " + formats.date(plan.issuedOn()) + " của " + committeeName + " về "
                + Texts.lowerFirst(plan.content().subject()) + ", đến ngày " + formats.date(content.asOf())
                + " các đơn vị sau " + content.whatIsMissing() + ":"))));
        int n = 1;
        for (Recipient unit : content.recipients()) {
            body.add(new OfficialDocument.Heading(2, n++ + ". " + unit.unitName()));
            for (String line : unit.lines()) {
                body.add(new OfficialDocument.Bullet("-", List.of(OfficialDocument.Run.plain(line))));
            }
        }
        body.add(
                new OfficialDocument.Paragraph(
                        List.of(
                                OfficialDocument.Run.plain(
                                        "Thường trực Ban Chỉ đạo đề nghị các đơn vị khẩn trương hoàn thành và báo cáo kết quả trên hệ thống./."))));
        return body;
    }

    private static String planNotation(Plan plan) {
        return plan.numberLine() == null ? "" : plan.numberLine().replace("Số: ", "số ");
    }
}
