package vn.ngayhoi.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.Territories;

/** The one issuing service: numbers without duplicate or gap across kinds, one issue per source. */
@IntegrationTest
class DocumentIssuingIntegrationTests {

    @Autowired
    vn.ngayhoi.shared.files.FileStore files;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    ApplicationContext context;

    OrgUnit committee(String districtCode, String name) {
        OrgUnit district = Territories.unit(context, districtCode);
        return units.systemCreate(new CreateUnit(district.id(), "COMMITTEE", name, null));
    }

    static IssueRequest request(long unit, DocumentType type, LocalDate on, String subject, String source) {
        return new IssueRequest(
                unit,
                on,
                type,
                "BCĐ",
                subject,
                "Nguyễn Văn Thử",
                "TRƯỞNG BAN",
                List.of("Các xã (để thực hiện)", "Lưu: VT"),
                List.of(),
                source,
                null,
                "test",
                number -> new OfficialDocument(
                        "UBND HUYỆN THỬ",
                        "BAN CHỈ ĐẠO 138",
                        number.line(),
                        "Thử, ngày 01 tháng 9 năm " + on.getYear(),
                        type.heading(),
                        subject,
                        List.of(new OfficialDocument.Paragraph(List.of(OfficialDocument.Run.plain(subject + "./.")))),
                        List.of("Các xã (để thực hiện)", "Lưu: VT"),
                        new OfficialDocument.Signature("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", null, "Nguyễn Văn Thử")));
    }

    @Test
    void fiftyConcurrentIssuesOfThreeKindsTakeFiftyConsecutiveNumbersAndFreezeTheirFiles() throws Exception {
        long unit = committee("392", "Ban Chỉ đạo thử số văn bản đi").id();
        DocumentType[] kinds = {DocumentType.PLAN, DocumentType.INVITATION, DocumentType.OFFICIAL_LETTER};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<IssuedDocument> issued = new ArrayList<>();
        try {
            List<Future<IssuedDocument>> futures = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                DocumentType kind = kinds[i % 3];
                String source = "test-concurrent:" + unit + ":" + i;
                Callable<IssuedDocument> issue = () -> {
                    start.await();
                    return transactions.execute(status -> issuing.issue(
                            request(unit, kind, LocalDate.of(2022, 9, 1), "Văn bản thử " + source, source)));
                };
                futures.add(pool.submit(issue));
            }
            start.countDown();
            for (Future<IssuedDocument> f : futures) {
                issued.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(issued.stream().map(d -> d.number().number()))
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(jdbc.sql("select number from outgoing_document where register_unit_id = ? order by number")
                        .param(unit)
                        .query(Integer.class)
                        .list())
                .isEqualTo(IntStream.rangeClosed(1, 50).boxed().toList());
        // each kind's notation carries its own abbreviation; a công văn has none
        assertThat(jdbc.sql(
                                "select distinct type_name || ' ' || substring(notation from 4) from outgoing_document where register_unit_id = ?")
                        .param(unit)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("Kế hoạch KH-BCĐ", "Giấy mời GM-BCĐ", "Công văn BCĐ");
        // the frozen bytes are stored once per entry, in the file store, named by their own hashes
        IssuedDocument any = issued.get(17);
        var row = jdbc.sql(
                        "select pdf_sha256, docx_sha256, pdf is null and docx is null from issued_document where id = ?")
                .param(any.id())
                .query((rs, n) -> new Object[] {
                    files.get(rs.getString(1)),
                    files.get(rs.getString(2)),
                    rs.getString(1),
                    rs.getString(2),
                    rs.getBoolean(3)
                })
                .single();
        assertThat(row[4]).as("no bytes left in the database").isEqualTo(true);
        assertThat(Hashes.sha256((byte[]) row[0])).isEqualTo(row[2]).isEqualTo(any.pdfSha256());
        assertThat(Hashes.sha256((byte[]) row[1])).isEqualTo(row[3]).isEqualTo(any.docxSha256());
        assertThat(any.pageCount()).isPositive();
    }

    @Test
    void aRolledBackIssueTakesNoNumberAndNumbersRestartEachYear() {
        long unit = committee("392", "Ban Chỉ đạo thử hoàn tác").id();
        transactions.execute(s -> issuing.issue(
                request(unit, DocumentType.PLAN, LocalDate.of(2022, 3, 1), "một", "test-rollback:" + unit + ":1")));
        transactions.executeWithoutResult(s -> {
            issuing.issue(
                    request(unit, DocumentType.PLAN, LocalDate.of(2022, 3, 2), "hỏng", "test-rollback:" + unit + ":2"));
            s.setRollbackOnly();
        });
        IssuedDocument second = transactions.execute(s -> issuing.issue(request(
                unit,
                DocumentType.OFFICIAL_LETTER,
                LocalDate.of(2022, 3, 3),
                "công văn",
                "test-rollback:" + unit + ":3")));
        IssuedDocument nextYear = transactions.execute(s -> issuing.issue(
                request(unit, DocumentType.PLAN, LocalDate.of(2023, 1, 2), "năm sau", "test-rollback:" + unit + ":4")));

        assertThat(second.number().line()).isEqualTo("Số: 02/BCĐ");
        assertThat(nextYear.number().notation()).isEqualTo("01/KH-BCĐ");
        assertThat(jdbc.sql("select count(*) from issued_document where source = ?")
                        .param("test-rollback:" + unit + ":2")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void oneSourceIsIssuedOnce() {
        long unit = committee("392", "Ban Chỉ đạo thử một nguồn").id();
        String source = "test-once:" + unit;
        transactions.execute(
                s -> issuing.issue(request(unit, DocumentType.PLAN, LocalDate.of(2022, 4, 1), "một lần", source)));
        assertThatThrownBy(() -> transactions.execute(s ->
                        issuing.issue(request(unit, DocumentType.PLAN, LocalDate.of(2022, 4, 2), "lần hai", source))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("register.issue.already");
        assertThat(jdbc.sql("select last_number from register_counter where register_unit_id = ?")
                        .param(unit)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Autowired
    OutgoingRegister register;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void theClerkRecordsCopiesAndUrgencyBadInputChangesNothingAndOtherDistrictsCannot() {
        OrgUnit committee = committee("403", "Ban Chỉ đạo thử sổ");
        Territories.account(
                context,
                "tt403",
                "Thu-Nghiem-403!",
                "Thường trực thử",
                Territories.unit(context, "403"),
                vn.ngayhoi.shared.security.Role.STANDING_OFFICE);
        IssuedDocument doc = transactions.execute(s -> issuing.issue(request(
                committee.id(),
                DocumentType.OFFICIAL_LETTER,
                LocalDate.of(2022, 6, 1),
                "công văn gửi khẩn",
                "test-handling:" + committee.id())));
        var signedIn = new vn.ngayhoi.support.SignedIn(users);
        long entry = doc.number().entryId();
        try {
            signedIn.as("tt403");
            assertThat(register.systemEntries(committee.id(), 2022).get(0).copies())
                    .isEqualTo(1);
            assertThatThrownBy(() -> register.setHandling(entry, "0", "URGENT"))
                    .isInstanceOf(vn.ngayhoi.shared.ValidationException.class);
            assertThatThrownBy(() -> register.setHandling(entry, "3", "VERY"))
                    .isInstanceOf(vn.ngayhoi.shared.ValidationException.class);
            assertThat(register.systemEntries(committee.id(), 2022).get(0).priority())
                    .isEqualTo("NORMAL");
            RegisterEntry recorded = register.setHandling(entry, "12", "URGENT");
            assertThat(recorded.copies()).isEqualTo(12);
            assertThat(recorded.priority()).isEqualTo("URGENT");
            signedIn.as("thuongtruc");
            assertThatThrownBy(() -> register.setHandling(entry, "2", "EXPRESS"))
                    .isInstanceOf(vn.ngayhoi.shared.NotFoundException.class);
        } finally {
            signedIn.clear();
        }
        assertThat(register.systemEntries(committee.id(), 2022).get(0).copies()).isEqualTo(12);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'DOCUMENT_HANDLING_RECORDED' and target = ?")
                        .param("outgoing_document:" + entry)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aWithdrawnDocumentKeepsItsLineAndNumberAndBothStepsAreAudited() {
        OrgUnit committee = committee("392", "Ban Chỉ đạo thử thu hồi");
        OrgUnit district = Territories.unit(context, "392");
        Territories.account(
                context,
                "tt392",
                "Thu-Nghiem-392!",
                "Thường trực thử",
                district,
                vn.ngayhoi.shared.security.Role.STANDING_OFFICE);
        long unit = committee.id();
        IssuedDocument first = transactions.execute(s -> issuing.issue(request(
                unit,
                DocumentType.OFFICIAL_LETTER,
                LocalDate.of(2022, 5, 2),
                "công văn nhầm",
                "test-withdraw:" + unit + ":1")));
        var signedIn = new vn.ngayhoi.support.SignedIn(users);
        try {
            signedIn.as("tt392");
            assertThatThrownBy(() -> register.withdraw(first.number().entryId(), "  "))
                    .isInstanceOf(vn.ngayhoi.shared.ValidationException.class);
            RegisterEntry withdrawn = register.withdraw(first.number().entryId(), "Gửi nhầm nơi nhận");
            assertThat(withdrawn.status()).isEqualTo("WITHDRAWN");
            assertThatThrownBy(() -> register.withdraw(first.number().entryId(), "Lần hai"))
                    .isInstanceOf(ConflictException.class);
        } finally {
            signedIn.clear();
        }
        IssuedDocument next = transactions.execute(s -> issuing.issue(request(
                unit,
                DocumentType.OFFICIAL_LETTER,
                LocalDate.of(2022, 5, 3),
                "công văn đúng",
                "test-withdraw:" + unit + ":2")));
        assertThat(next.number().number())
                .as("a withdrawn number is never reused")
                .isEqualTo(2);
        assertThat(register.systemEntries(unit, 2022))
                .extracting(e -> e.number() + " " + e.status())
                .containsExactly("1 WITHDRAWN", "2 ISSUED");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DOCUMENT_ISSUED' and target = ?")
                        .param("issued_document:" + first.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_entry where action = 'DOCUMENT_WITHDRAWN' and target = ?")
                        .param("outgoing_document:" + first.number().entryId())
                        .query(String.class)
                        .single())
                .isEqualTo("01/BCĐ: Gửi nhầm nơi nhận");
    }
}
