package vn.ngayhoi.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.ngayhoi.commendation.internal.DecisionRepository;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;

/**
 * Each person's and collective's awards across the years, searched by name with or without
 * diacritics, within the reader's scope; and a round's nominations as an XLSX.
 */
@Service
public class CommendationHistory {

    static final int LIMIT = 200;
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** One award as the history lists it. */
    public record Award(
            String name,
            String kind,
            String unitName,
            String awardName,
            int year,
            String numberLine,
            LocalDate date,
            long amount) {}

    private final DecisionRepository decisions;
    private final Nominations nominations;
    private final CommendationRounds rounds;
    private final CommendationAccess access;
    private final AccessPolicy policy;
    private final MessageSource messages;

    CommendationHistory(
            DecisionRepository decisions,
            Nominations nominations,
            CommendationRounds rounds,
            CommendationAccess access,
            AccessPolicy policy,
            MessageSource messages) {
        this.decisions = decisions;
        this.nominations = nominations;
        this.rounds = rounds;
        this.access = access;
        this.policy = policy;
        this.messages = messages;
    }

    /** Awards whose name holds {@code query} ("lo thi hoa" finds "Lò Thị Hoa"), newest first. */
    public List<Award> search(String query) {
        Actor a = access.actor();
        String prefix = policy.scopeOf(a).pathPrefix();
        return decisions.allAwards().stream()
                .filter(r -> r.unitPath().startsWith(prefix) || r.vettingUnitId() == a.unitId())
                .filter(r -> Texts.containsFolded(r.name(), query))
                .limit(LIMIT)
                .map(r -> new Award(
                        r.name(),
                        r.kind(),
                        r.unitName(),
                        r.awardName(),
                        r.year(),
                        r.numberLine(),
                        r.decidedOn(),
                        r.amount()))
                .toList();
    }

    /** The round's nominations the reader sees, as they may read them, with the money once decided. */
    public byte[] xlsx(long roundId) {
        Round r = rounds.get(roundId);
        List<Nomination> list = nominations.ofRound(roundId);
        Map<Long, Long> amounts = new HashMap<>();
        decisions
                .decisionOfRound(roundId)
                .ifPresent(d -> decisions.awards(d.id()).forEach(aw -> amounts.put(aw.nominationId(), aw.amount())));
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(msg("commendation.sheet.name"));
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(r.title());
            title.getCell(0).setCellStyle(head);
            String[] columns = {
                "commendation.col.no",
                "commendation.col.name",
                "commendation.col.kind",
                "commendation.col.unit",
                "commendation.col.gender",
                "commendation.col.birthYear",
                "commendation.col.position",
                "commendation.col.award",
                "commendation.col.status",
                "commendation.col.achievement",
                "commendation.col.amount"
            };
            Row header = sheet.createRow(2);
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(msg(columns[c]));
                header.getCell(c).setCellStyle(head);
            }
            int i = 0;
            for (Nomination n : list) {
                Row row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue(++i);
                row.createCell(1).setCellValue(n.name());
                row.createCell(2).setCellValue(msg(n.kind().messageKey()));
                row.createCell(3).setCellValue(n.unitName());
                row.createCell(4).setCellValue(n.gender() == null ? "" : msg("commendation.gender." + n.gender()));
                if (n.birthYear() != null) {
                    row.createCell(5).setCellValue(n.birthYear());
                }
                row.createCell(6).setCellValue(n.position() == null ? "" : n.position());
                row.createCell(7).setCellValue(n.awardTypeName());
                row.createCell(8).setCellValue(msg(n.status().messageKey()));
                row.createCell(9).setCellValue(n.achievement());
                if (amounts.containsKey(n.id())) {
                    row.createCell(10).setCellValue(amounts.get(n.id()));
                }
            }
            int[] widths = {6, 30, 12, 24, 9, 9, 24, 24, 16, 60, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, VI);
    }
}
