package vn.ngayhoi.document;

import java.util.ArrayList;
import java.util.List;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Signature;

/**
 * The Quan Sơn 2022 Kế hoạch (shared/seed) as an {@link OfficialDocument}: headings from structure,
 * sections written in the plan markup and parsed by the renderer under test.
 */
public final class SeedPlan {

    private SeedPlan() {}

    public static final List<String> RECIPIENTS = List.of(
            "Ban Chỉ đạo 138 tỉnh (để b/c)",
            "Thường trực Huyện ủy (để b/c)",
            "Thường trực HĐND huyện (để b/c)",
            "Chủ tịch, các Phó Chủ tịch UBND huyện",
            "Phòng PV01, PV05 - Công an tỉnh",
            "UBMTTQ huyện và các tổ chức thành viên",
            "Các thành viên BCĐ 138 huyện",
            "Các phòng, ban, ngành có trong Kế hoạch",
            "UBND các xã, thị trấn",
            "Lưu: VT");

    /** Headings with their level and the markup of the section under each, in order. */
    public static final List<Object[]> SECTIONS = List.of(
            new Object[] {
                0,
                null,
                "Thực hiện Kế hoạch số 180/KH-BCĐ, ngày 13/7/2022 của Ban Chỉ đạo 138 tỉnh Thanh Hóa về tổ chức"
                        + " “Ngày hội toàn dân bảo vệ ANTQ” năm 2022. Ban Chỉ đạo 138 huyện Quan Sơn ban hành Kế hoạch"
                        + " tổ chức “Ngày hội toàn dân bảo vệ ANTQ” năm 2022 như sau:"
            },
            new Object[] {1, "I. MỤC ĐÍCH, YÊU CẦU", """
                1. Thông qua việc tổ chức “Ngày hội toàn dân bảo vệ ANTQ” để tuyên truyền, giáo dục truyền thống \
                yêu nước, lòng tự hào dân tộc, nâng cao ý thức trách nhiệm của cán bộ, đảng viên và các tầng lớp \
                Nhân dân trong sự nghiệp bảo vệ an ninh quốc gia, bảo đảm trật tự, an toàn xã hội.

                2. Xây dựng, củng cố mối quan hệ giữa lực lượng Công an với các ban, ngành, đoàn thể và Nhân dân \
                tại cơ sở; phát huy tinh thần cảnh giác cách mạng của các tầng lớp Nhân dân; kiên quyết đấu tranh \
                làm thất bại âm mưu, hoạt động phá hoại của các thế lực thù địch và tội phạm.

                3. Biểu dương, khen thưởng những tập thể, cá nhân; nhân rộng những mô hình, điển hình tiêu biểu \
                trong xây dựng phong trào toàn dân bảo vệ ANTQ; đồng thời tạo khí thế thi đua sôi nổi trong các \
                tầng lớp Nhân dân.

                4. Việc tổ chức “Ngày hội toàn dân bảo vệ ANTQ” phải đảm bảo thiết thực, trang trọng, có ý nghĩa \
                sâu sắc và hướng về cơ sở.
                """},
            new Object[] {1, "II. NỘI DUNG THỰC HIỆN", ""},
            new Object[] {2, "1. Các hoạt động tiến tới “Ngày hội toàn dân bảo vệ ANTQ”", """
                a. Tham mưu cho cấp ủy, chính quyền các cấp tiếp tục thực hiện có hiệu quả các chỉ thị, nghị quyết, \
                chương trình, kế hoạch của Chính phủ, Bộ Công an, Tỉnh ủy, UBND tỉnh, Huyện ủy, UBND huyện về công \
                tác bảo đảm ANTT và phong trào toàn dân bảo vệ ANTQ, trọng tâm là triển khai thực hiện có hiệu quả \
                Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư Trung ương Đảng; Thông tư số 124/2021/TT-BCA \
                ngày 28/12/2021 của Bộ Công an quy định khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, \
                cơ sở giáo dục đạt tiêu chuẩn “An toàn về ANTT” và Quyết định số 510/QĐ-BCA-V05 ngày 20/01/2022 \
                của Bộ Công an.

                **b. Công tác tuyên truyền**

                - Đẩy mạnh công tác tuyên truyền tới cán bộ, đảng viên và Nhân dân về truyền thống vẻ vang của dân \
                tộc, thành tựu của đất nước trong những năm qua; truyền thống của Công an nhân dân Việt Nam qua 77 \
                năm xây dựng, chiến đấu và trưởng thành.

                - Kết hợp đa dạng các hình thức, phương pháp, phương tiện tuyên truyền phù hợp qua các phương tiện \
                truyền thông đại chúng như mạng xã hội, internet, tờ rơi, khẩu hiệu...

                - Các đơn vị lựa chọn khẩu hiệu tuyên truyền phù hợp với chủ đề Ngày hội, như: “*Bảo vệ Tổ quốc \
                Việt Nam xã hội chủ nghĩa là sự nghiệp của toàn dân*”; “*Tham gia phong trào toàn dân bảo vệ an \
                ninh Tổ quốc là trách nhiệm và quyền lợi của toàn dân*”.

                c. Tăng cường phối hợp chặt chẽ giữa lực lượng Công an với các ban, ngành, đoàn thể để tiếp tục \
                triển khai thực hiện có hiệu quả các chương trình, quy chế phối hợp về công tác bảo đảm ANTT ở cơ sở.

                d. Đẩy mạnh thực hiện phong trào thi đua cao điểm lập thành tích chào mừng kỷ niệm 77 năm Cách mạng \
                Tháng 8 và Quốc khánh 2/9; 77 năm Ngày truyền thống Công an nhân dân Việt Nam và 17 năm Ngày hội \
                toàn dân bảo vệ ANTT (19/8/2005 - 19/8/2022).

                e. Cổ vũ, biểu dương, khen thưởng những tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong \
                phong trào toàn dân bảo vệ ANTQ; các hoạt động văn hóa, văn nghệ, thể dục, thể thao...
                """},
            new Object[] {
                2, "2. Thời gian, nội dung, thành phần và hình thức tổ chức Ngày hội toàn dân bảo vệ ANTQ", """
                **a. Thời gian:** Từ ngày 01/8/2022 đến 19/8/2022.

                **b. Nội dung**

                - Khẳng định vị trí, vai trò, tầm quan trọng của phong trào toàn dân bảo vệ ANTQ.

                - Đánh giá tình hình, kết quả thực hiện phong trào toàn dân bảo vệ ANTQ trong thời gian qua \
                (*trọng tâm là 08 tháng đầu năm 2022*); rút ra những bài học kinh nghiệm.

                **c. Hình thức**

                - Phần lễ:
                + Chương trình phần lễ gồm: Lễ chào cờ, tuyên bố lý do, giới thiệu đại biểu; diễn văn kỷ niệm; \
                thảo luận, trao đổi kinh nghiệm xây dựng phong trào; công bố Quyết định và trao thưởng; đại biểu cấp \
                trên phát biểu; phát biểu đáp từ; ký kết giao ước thi đua (nếu có); kết thúc buổi lễ.
                + Trang trí, khánh tiết buổi lễ: Thực hiện theo quy định tại Điều 10, Nghị định số 111/2018/NĐ-CP \
                ngày 31/8/2018 của Chính phủ.
                - Phần hội:
                + Thực hiện trước hoặc sau buổi lễ.
                + Tổ chức gặp mặt, giao lưu, tọa đàm; tổ chức diễn đàn “Công an lắng nghe ý kiến nhân dân”.

                **d. Phạm vi địa bàn tổ chức và thành phần tham dự**

                - Phạm vi địa bàn: Năm 2022 tổ chức “Ngày hội toàn dân bảo vệ ANTQ” chủ yếu ở cấp xã, thị trấn, \
                khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục.

                - Thành phần tham dự:
                + Đại biểu cấp tỉnh.
                + Đại biểu cấp huyện: Đại diện lãnh đạo Huyện ủy, UBND huyện, Ban Chỉ đạo 138 huyện, Ban Dân vận \
                Huyện ủy, UB MTTQ Việt Nam huyện, lãnh đạo Công an huyện.
                + Đại biểu địa phương: Căn cứ vào tình hình thực tế tại địa phương, các đơn vị lựa chọn thành phần \
                tham dự phù hợp.
                """
            },
            new Object[] {2, "3. Phương pháp tổ chức", """
                - Ban Chỉ đạo 138 huyện lựa chọn xã Sơn Hà tổ chức “điểm” về “Ngày hội toàn dân bảo vệ ANTT” kết \
                hợp tổ chức lễ ra mắt mô hình “Camera đối với ANTT”. ***Thời gian dự kiến từ 13/8 đến 18/8/2022.***

                - Các đơn vị còn lại tùy theo điều kiện thực tế của từng đơn vị, địa phương, để tổ chức Ngày hội \
                với nội dung, hình thức phù hợp.
                """},
            new Object[] {2, "4. Kinh phí thực hiện", "Từ nguồn ngân sách địa phương."},
            new Object[] {1, "III. TỔ CHỨC THỰC HIỆN", ""},
            new Object[] {2, "1. Ban Chỉ đạo ANTT cấp xã", """
                Khẩn trương tham mưu, xây dựng Kế hoạch để tổ chức thực hiện. Ban Chỉ đạo ANTT xã Sơn Hà tham mưu \
                cho cấp ủy, chính quyền xã tổ chức “điểm” “Ngày hội toàn dân bảo vệ ANTT”.

                Báo cáo kết quả tổ chức “Ngày hội toàn dân bảo vệ ANTT” ở các đơn vị gửi về Cơ quan Thường trực \
                Ban Chỉ đạo 138 huyện (*Đội Tổng hợp - Công an huyện*) trước ngày **20/8/2022** để tổng hợp, \
                báo cáo theo quy định.
                """},
            new Object[] {2, "2. Công an huyện - Cơ quan Thường trực BCĐ 138 huyện", """
                - Chủ trì phối hợp với Văn phòng HĐND&UBND huyện tổ chức kiểm tra, hướng dẫn, đôn đốc công tác tổ \
                chức các hoạt động kỷ niệm tại xã tổ chức “điểm” Sơn Hà.

                - Phối hợp với Phòng Nội vụ đề xuất Chủ tịch UBND huyện khen thưởng cho các tập thể, cá nhân có \
                thành tích xuất sắc.

                - Tổng hợp tình hình, kết quả thực hiện Quyết định số 521/TTg trên địa bàn toàn huyện báo cáo lãnh \
                đạo huyện và Công an tỉnh theo quy định.
                """},
            new Object[] {
                2,
                "3. Phòng Tài chính - Kế hoạch",
                "Chủ trì, phối hợp với Công an huyện thẩm định, trình Chủ tịch UBND huyện phê duyệt kinh phí phục vụ"
                        + " các hoạt động kỷ niệm Ngày hội toàn dân bảo vệ ANTT."
            },
            new Object[] {
                2,
                "4. Phòng Nội vụ",
                "Chủ trì, phối hợp với Công an huyện đề xuất Chủ tịch UBND huyện khen thưởng các tập thể, cá nhân có"
                        + " thành tích xuất sắc trong thực hiện Quyết định 521/TTg của Thủ tướng Chính phủ."
            },
            new Object[] {
                2,
                "5. Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện",
                "Phối hợp với Công an huyện và các đơn vị có liên quan tổ chức tuyên truyền về kết quả đạt được trong"
                        + " thực hiện Quyết định số 521/TTg; cử cán bộ ghi hình các hoạt động tại xã Sơn Hà."
            },
            new Object[] {2, "6. Các cơ quan, ban, ngành, đoàn thể là thành viên BCĐ 138 huyện", """
                Trên cơ sở chức năng, nhiệm vụ của mình tổ chức, triển khai, hướng dẫn thực hiện đảm bảo nội dung, \
                yêu cầu, tiến độ đề ra.

                Yêu cầu thủ trưởng các đơn vị chỉ đạo, tổ chức triển khai thực hiện nghiêm túc, hiệu quả các nội \
                dung trong Kế hoạch này. Quá trình thực hiện nếu có khó khăn, vướng mắc, các đơn vị, địa phương báo \
                cáo về Thường trực Ban Chỉ đạo 138 huyện (qua *Đội Tổng hợp - Công an huyện*) để được hướng dẫn \
                thực hiện./.
                """});

    public static OfficialDocument document(DocumentRenderer renderer) {
        List<Block> body = new ArrayList<>();
        for (Object[] section : SECTIONS) {
            if (section[1] != null) {
                body.add(new Heading((Integer) section[0], (String) section[1]));
            }
            body.addAll(renderer.parse((String) section[2]));
        }
        return new OfficialDocument(
                "UBND HUYỆN QUAN SƠN",
                "BAN CHỈ ĐẠO 138",
                "Số: 05/KH-BCĐ",
                "Quan Sơn, ngày 05 tháng 8 năm 2022",
                "KẾ HOẠCH",
                "Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022",
                body,
                RECIPIENTS,
                new Signature(null, "TRƯỞNG BAN", "CHỦ TỊCH UBND HUYỆN", "Lương Tiến Thành"));
    }

    /** Every line of text the rendered document must show, NFC, emphasis markers removed. */
    public static List<String> expectedLines(OfficialDocument d) {
        List<String> lines = new ArrayList<>(List.of(
                d.parentBody(),
                d.issuingBody(),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                d.numberLine(),
                d.placeDateLine(),
                d.typeName(),
                d.subject(),
                "Nơi nhận:",
                "TRƯỞNG BAN",
                "CHỦ TỊCH UBND HUYỆN",
                "Lương Tiến Thành"));
        for (Block block : d.body()) {
            if (block instanceof Heading h) {
                lines.add(h.text());
            } else if (block instanceof OfficialDocument.Paragraph p) {
                lines.add(text(p.runs()));
            } else if (block instanceof OfficialDocument.Bullet b) {
                lines.add(b.marker() + " " + text(b.runs()));
            } else if (block instanceof OfficialDocument.Table t) {
                lines.addAll(t.header());
                t.rows().forEach(lines::addAll);
            }
        }
        for (int i = 0; i < d.recipients().size(); i++) {
            lines.add("- " + d.recipients().get(i) + (i == d.recipients().size() - 1 ? "." : ";"));
        }
        return lines;
    }

    private static String text(List<OfficialDocument.Run> runs) {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }
}
