package vn.ngayhoi.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
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
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitLink;
import vn.ngayhoi.orgunit.UnitLinks;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;

/**
 * Each person's and collective's awards across the years, searched by name with or without
 * diacritics, within the reader's scope; and a round's nominations as an XLSX. People and collectives
 * are followed across a reorganisation (ADR 0038): a unit's history and its accounts' searches hold the
 * awards of the units it was formed from, each saying which one it came from.
 */
@Service
public class CommendationHistory {

    static final int LIMIT = 200;
    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * One award as the history lists it; {@code from} is the predecessor (with how it went into the
     * unit, {@code full} or {@code partial}) whose subtree the award came from, null for the unit's own.
     */
    public record Award(
            String name,
            String kind,
            String unitName,
            String awardName,
            int year,
            String numberLine,
            LocalDate date,
            long amount,
            UnitLink from) {}

    private final DecisionRepository decisions;
    private final Nominations nominations;
    private final CommendationRounds rounds;
    private final CommendationAccess access;
    private final AccessPolicy policy;
    private final MessageSource messages;
    private final OrgUnitManagement units;
    private final UnitLinks links;
    private final Clock clock;

    CommendationHistory(
            DecisionRepository decisions,
            Nominations nominations,
            CommendationRounds rounds,
            CommendationAccess access,
            AccessPolicy policy,
            MessageSource messages,
            OrgUnitManagement units,
            UnitLinks links,
            Clock clock) {
        this.units = units;
        this.links = links;
        this.clock = clock;
        this.decisions = decisions;
        this.nominations = nominations;
        this.rounds = rounds;
        this.access = access;
        this.policy = policy;
        this.messages = messages;
    }

    /**
     * Awards whose name holds {@code query} ("lo thi hoa" finds "Lò Thị Hoa"), newest first: within the
     * reader's scope, and under the units the reader's unit was formed from.
     */
    public List<Award> search(String query) {
        Actor a = access.actor();
        String prefix = policy.scopeOf(a).pathPrefix();
        List<UnitLink> lineage = units.systemFindById(a.unitId())
                .map(u -> links.systemLineage(u.id()))
                .orElse(List.of());
        return decisions.allAwards().stream()
                .filter(r -> Texts.containsFolded(r.name(), query))
                .map(r -> r.unitPath().startsWith(prefix) || r.vettingUnitId() == a.unitId()
                        ? award(r, null)
                        : fromLineage(r, lineage))
                .filter(java.util.Objects::nonNull)
                .limit(LIMIT)
                .toList();
    }

    /**
     * Every award under a unit the reader may see (by code, the unit valid on {@code at}, today when
     * null, first: codes are reused across structures), with those under the units it was formed from,
     * newest first.
     */
    public List<Award> ofUnit(String unitCode, LocalDate at) {
        OrgUnit unit = units.getByCode(unitCode.strip(), at == null ? LocalDate.now(clock) : at);
        List<UnitLink> lineage = links.systemLineage(unit.id());
        return decisions.allAwards().stream()
                .map(r -> r.unitPath().startsWith(unit.path()) ? award(r, null) : fromLineage(r, lineage))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static Award fromLineage(DecisionRepository.AwardRecord r, List<UnitLink> lineage) {
        return lineage.stream()
                .filter(l -> r.unitPath().startsWith(l.unit().path()))
                .findFirst()
                .map(l -> award(r, l))
                .orElse(null);
    }

    private static Award award(DecisionRepository.AwardRecord r, UnitLink from) {
        return new Award(
                r.name(),
                r.kind(),
                r.unitName(),
                r.awardName(),
                r.year(),
                r.numberLine(),
                r.decidedOn(),
                r.amount(),
                from);
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
