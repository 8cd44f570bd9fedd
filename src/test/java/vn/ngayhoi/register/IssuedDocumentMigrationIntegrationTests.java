package vn.ngayhoi.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.support.IntegrationTest;

/**
 * V30 carries the documents issued on the old schema (plan, Giấy mời, công văn đôn đốc, upward Báo
 * cáo, each with its own copy of the bytes) into the one register with numbers, bytes and hashes
 * unchanged. Runs on a database of its own in the same embedded server, migrated to V21 first.
 */
@IntegrationTest
class IssuedDocumentMigrationIntegrationTests {

    static final String DB = "migration_v30";

    @Autowired
    DataSource dataSource;

    @Test
    void documentsIssuedOnTheOldSchemaKeepTheirNumbersBytesAndHashes() throws Exception {
        JdbcClient main = JdbcClient.create(dataSource);
        main.sql("drop database if exists " + DB).update();
        main.sql("create database " + DB).update();
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL().replaceFirst("/postgres(\\?|$)", "/" + DB + "$1");
            user = c.getMetaData().getUserName();
        }
        SimpleDriverDataSource old = new SimpleDriverDataSource(new org.postgresql.Driver(), url, user, "");
        try {
            Flyway.configure()
                    .dataSource(old)
                    .locations("classpath:db/migration")
                    .target("21")
                    .load()
                    .migrate();
            JdbcClient db = JdbcClient.create(old);
            byte[] planDocx = "plan docx".getBytes();
            byte[] planPdf = "%PDF plan".getBytes();
            byte[] gmDocx = "gm docx".getBytes();
            byte[] gmPdf = "%PDF gm".getBytes();
            byte[] cvDocx = "cv docx".getBytes();
            byte[] cvPdf = "%PDF cv".getBytes();
            byte[] bcDocx = "bc docx".getBytes();
            byte[] bcPdf = "%PDF bc".getBytes();
            db.sql("insert into org_structure (code, name) values ('T', 'thử')").update();
            long district = db.sql("""
                            insert into org_unit (structure_code, code, name, name_folded, type_code, level, path)
                            values ('T', '1', 'Huyện Thử', 'huyen thu', 'DISTRICT', 1, '/') returning id
                            """).query(Long.class).single();
            db.sql("update org_unit set path = '/' || id || '/' where id = ?")
                    .param(district)
                    .update();
            long committee = db.sql("""
                            insert into org_unit (structure_code, code, name, name_folded, type_code, level, parent_id, path)
                            values ('T', '2', 'Ban Chỉ đạo 138 huyện Thử', 'ban chi dao', 'COMMITTEE', 2, ?, '/') returning id
                            """).param(district).query(Long.class).single();
            db.sql("update org_unit set path = '/' || ? || '/' || id || '/' where id = ?")
                    .params(district, committee)
                    .update();
            long commune = db.sql("""
                            insert into org_unit (structure_code, code, name, name_folded, type_code, level, parent_id, path)
                            values ('T', '3', 'Xã Thử', 'xa thu', 'COMMUNE', 2, ?, '/') returning id
                            """).param(district).query(Long.class).single();
            long campaign = db.sql("""
                            insert into campaign (committee_id, year, name, window_start, window_end, report_deadline)
                            values (?, 2022, 'Thử', '2022-08-01', '2022-08-19', '2022-08-20') returning id
                            """).param(committee).query(Long.class).single();
            long plan1 = entry(db, committee, 1, "01/KH-BCĐ", "Kế hoạch", "plan:0");
            long plan = db.sql("""
                            insert into plan (campaign_id, unit_id, status, content, number_line, issued_on, outgoing_id)
                            values (?, ?, 'ISSUED', ?::jsonb, 'Số: 01/KH-BCĐ', '2022-07-18', ?) returning id
                            """)
                    .params(
                            campaign,
                            committee,
                            "{\"subject\":\"Thử\",\"signature\":{\"title\":\"TRƯỞNG BAN\",\"signerName\":\"Lê Thử\"},"
                                    + "\"recipients\":[{\"text\":\"Xã Thử\",\"unitId\":" + commune
                                    + "},{\"text\":\"Lưu: VT\"}]}",
                            plan1)
                    .query(Long.class)
                    .single();
            db.sql("update outgoing_document set source = ? where id = ?")
                    .params("plan:" + plan, plan1)
                    .update();
            db.sql("""
                            insert into plan_version (plan_id, version_no, number_line, content, docx, pdf, docx_sha256, pdf_sha256)
                            values (?, 1, 'Số: 01/KH-BCĐ', '{}', ?, ?, ?, ?)
                            """)
                    .params(plan, planDocx, planPdf, Hashes.sha256(planDocx), Hashes.sha256(planPdf))
                    .update();
            db.sql("insert into plan_delivery (plan_id, recipient_unit_id, delivered_at) values (?, ?, now())")
                    .params(plan, commune)
                    .update();
            long festival =
                    db.sql("""
                            insert into festival (campaign_id, unit_id, starts_at, ends_at, venue, status)
                            values (?, ?, '2022-08-15 07:30+07', '2022-08-15 11:00+07', 'Sân', 'REGISTERED') returning id
                            """).params(campaign, commune).query(Long.class).single();
            long gm = entry(db, committee, 2, "02/GM-BCĐ", "Giấy mời", "festival-invitation:" + festival);
            db.sql("""
                            insert into festival_invitation (festival_id, issuer_id, register_entry_id, number_line, issued_on, subject,
                                                             docx, pdf, pdf_sha256, issued_by, issued_at)
                            values (?, ?, ?, 'Số: 02/GM-BCĐ', '2022-08-01', 'Dự', ?, ?, ?, 'thuongtruc', now())
                            """)
                    .params(festival, committee, gm, gmDocx, gmPdf, Hashes.sha256(gmPdf))
                    .update();
            // two letters of one campaign: the old source named the campaign, not the letter
            for (int n : List.of(3, 4)) {
                entry(db, committee, n, "0" + n + "/BCĐ", "Công văn", "chasing-letter:" + campaign);
                long letter = db.sql("""
                                insert into chasing_letter (campaign_id, issuer_id, number_line, issued_on, subject, docx, pdf, pdf_sha256)
                                values (?, ?, ?, '2022-07-18', 'V/v đôn đốc', ?, ?, ?) returning id
                                """)
                        .params(
                                campaign,
                                committee,
                                "Số: 0" + n + "/BCĐ",
                                cvDocx,
                                n == 3 ? cvPdf : bcDocx,
                                Hashes.sha256(n == 3 ? cvPdf : bcDocx))
                        .query(Long.class)
                        .single();
                db.sql(
                                "insert into chasing_letter_delivery (letter_id, recipient_unit_id, delivered_at) values (?, ?, now())")
                        .params(letter, commune)
                        .update();
            }
            long form = db.sql("""
                            insert into report_form (campaign_id, title, definition, assign_root_id, assign_types, deadline)
                            values (?, 'Thử', '{}', ?, '{COMMUNE}', '2022-08-20') returning id
                            """).params(campaign, district).query(Long.class).single();
            long bc = entry(db, committee, 5, "05/BC-BCĐ", "Báo cáo", "upward-report:0");
            long upward = db.sql("""
                            insert into upward_report (form_id, issuer_id, status, content, register_entry_id, number_line, issued_on,
                                                       docx, pdf, pdf_sha256, created_at, updated_at, updated_by)
                            values (?, ?, 'ISSUED', '{"recipients":["BCĐ tỉnh (để b/c)","Lưu: VT"]}', ?, 'Số: 05/BC-BCĐ',
                                    '2022-07-18', ?, ?, ?, now(), now(), 'thuongtruc') returning id
                            """)
                    .params(form, committee, bc, bcDocx, bcPdf, Hashes.sha256(bcPdf))
                    .query(Long.class)
                    .single();
            db.sql("update outgoing_document set source = ? where id = ?")
                    .params("upward-report:" + upward, bc)
                    .update();

            Flyway.configure()
                    .dataSource(old)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            List<Map<String, Object>> rows = db.sql("""
                            select o.notation, o.number, d.source, d.docx, d.pdf, d.docx_sha256, d.pdf_sha256
                            from issued_document d join outgoing_document o on o.id = d.register_entry_id order by o.number
                            """).query().listOfRows();
            assertThat(rows)
                    .extracting(r -> r.get("notation"))
                    .containsExactly("01/KH-BCĐ", "02/GM-BCĐ", "03/BCĐ", "04/BCĐ", "05/BC-BCĐ");
            assertThat(rows).extracting(r -> r.get("pdf")).containsExactly(planPdf, gmPdf, cvPdf, bcDocx, bcPdf);
            assertThat(rows).extracting(r -> r.get("docx")).containsExactly(planDocx, gmDocx, cvDocx, cvDocx, bcDocx);
            for (Map<String, Object> r : rows) {
                assertThat(r.get("pdf_sha256")).isEqualTo(Hashes.sha256((byte[]) r.get("pdf")));
                assertThat(r.get("docx_sha256")).isEqualTo(Hashes.sha256((byte[]) r.get("docx")));
            }
            assertThat(rows.get(0).get("source")).isEqualTo("plan:" + plan);
            // each letter now names itself as its source, with its own recipients
            assertThat(db.sql(
                                    "select count(distinct source) from outgoing_document where source like 'chasing-letter:%'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
            assertThat(db.sql("select count(*) from chasing_letter where issued_document_id is null")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(db.sql(
                                    "select signer_name || '|' || array_to_string(recipients, ';') from outgoing_document where number = 1")
                            .query(String.class)
                            .single())
                    .isEqualTo("Lê Thử|Xã Thử;Lưu: VT");
            assertThat(db.sql("select count(*) from issued_document_recipient")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3);
            assertThat(db.sql("select count(*) from plan_version where issued_document_id is not null")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            main.sql("drop database if exists " + DB + " with (force)").update();
        }
    }

    private static long entry(JdbcClient db, long unit, int number, String notation, String type, String source) {
        db.sql("""
                        insert into register_counter (register_unit_id, year, last_number) values (?, 2022, ?)
                        on conflict (register_unit_id, year) do update set last_number = excluded.last_number
                        """).params(unit, number).update();
        return db.sql("""
                        insert into outgoing_document (register_unit_id, year, number, notation, type_name, subject, issued_on, source)
                        values (?, 2022, ?, ?, ?, 'Thử', '2022-07-18', ?) returning id
                        """)
                .params(unit, number, notation, type, source)
                .query(Long.class)
                .single();
    }
}
