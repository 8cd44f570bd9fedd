package vn.ngayhoi.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.register.RegisterEvents.DocumentIssued;
import vn.ngayhoi.register.internal.RegisterWriter;
import vn.ngayhoi.register.internal.SignOffStore;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.files.Hashes;

/**
 * The one way a document is issued, whatever its kind (ADR 0015): takes the next number of the
 * issuing unit's register for the year, lays the document out with it, renders DOCX and PDF, stores
 * both with their SHA-256 against the register entry, records its recipients' deliveries and the
 * audit entry. It joins the caller's transaction, so the kind's own change (a plan marked issued)
 * commits or rolls back with the number: a failed issue takes no number.
 */
@Service
public class DocumentIssuing {

    private final RegisterWriter writer;
    private final DocumentRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignOffStore signOffs;
    private final OutgoingRegister register;

    DocumentIssuing(
            RegisterWriter writer,
            DocumentRenderer renderer,
            ApplicationEventPublisher events,
            Clock clock,
            SignOffStore signOffs,
            OutgoingRegister register) {
        this.writer = writer;
        this.signOffs = signOffs;
        this.register = register;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues the document. A source issued before is refused with 409 ("đã được ban hành"); callers
     * lock their own row first so a double click waits for the first issue and then finds it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedDocument issue(IssueRequest request) {
        if (writer.documentOfSource(request.source()).isPresent()) {
            throw new ConflictException("register.issue.already");
        }
        // A kind signed off here (ADR 0018) is issued only once approved, whoever calls.
        if (!signOffs.markIssued(request.source(), OffsetDateTime.now(clock)).orElse(true)) {
            throw new ConflictException("signoff.notApproved");
        }
        LocalDate on = request.issuedOn();
        int year = on.getYear();
        int number = writer.nextNumber(request.registerUnitId(), year);
        String notation = DocumentNumber.notation(number, request.type().abbreviation(), request.issuerAbbreviation());
        long entryId = writer.insertEntry(
                request.registerUnitId(),
                year,
                number,
                notation,
                request.type().typeName(),
                request.subject(),
                on,
                request.source(),
                request.signerName(),
                request.signerPosition(),
                request.recipients(),
                request.replacesEntryId());
        DocumentNumber taken = new DocumentNumber(entryId, year, number, notation);
        OfficialDocument doc = request.layout().apply(taken);
        byte[] docx = renderer.docx(doc);
        byte[] pdf = renderer.pdf(doc);
        int pages = renderer.pageCount(pdf);
        writer.setPageCount(entryId, pages);
        String docxSha = Hashes.sha256(docx);
        String pdfSha = Hashes.sha256(pdf);
        long id = writer.insertDocument(
                entryId,
                request.source(),
                docx,
                pdf,
                docxSha,
                pdfSha,
                request.issuedBy(),
                at(on),
                request.recipientUnitIds());
        events.publishEvent(new DocumentIssued(
                id, entryId, request.registerUnitId(), notation, request.subject(), request.source()));
        return new IssuedDocument(id, taken, docxSha, pdfSha, pages, request.source());
    }

    /**
     * What issuing {@code request} now would print, without taking a number: for the check page
     * before "Ban hành". Built from the same request the issue takes, so the preview and the issued
     * document cannot differ but for a number another issue took meanwhile, which
     * {@link #issue(IssueRequest, String)} refuses.
     */
    public IssueCheck check(IssueRequest request) {
        LocalDate on = request.issuedOn();
        int next = register.nextNumber(request.registerUnitId(), on.getYear());
        DocumentNumber number = new DocumentNumber(
                0,
                on.getYear(),
                next,
                DocumentNumber.notation(next, request.type().abbreviation(), request.issuerAbbreviation()));
        byte[] pdf = renderer.pdf(request.layout().apply(number));
        return new IssueCheck(
                number.line(),
                request.signerPosition(),
                request.signerName(),
                request.recipients(),
                renderer.firstPageText(pdf));
    }

    /**
     * Issues exactly what the check page showed: when another document took the number shown, this
     * transaction, number included, rolls back with a 409 and the page shows the new preview.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedDocument issue(IssueRequest request, String expectedNumberLine) {
        IssuedDocument issued = issue(request);
        if (expectedNumberLine != null
                && !expectedNumberLine.equals(issued.number().line())) {
            throw new ConflictException(
                    "register.issue.numberMoved",
                    expectedNumberLine,
                    issued.number().line());
        }
        return issued;
    }

    /** Now, or 08:00 of the day a document was issued on when that is not today (the demo's past). */
    private OffsetDateTime at(LocalDate day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return day.equals(LocalDate.now(clock))
                ? now
                : day.atTime(8, 0).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
