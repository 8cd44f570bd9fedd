package vn.ngayhoi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngayhoi.document.TextAssertions.norm;
import static vn.ngayhoi.document.TextAssertions.pdfText;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.document.internal.Nd30Renderer;

class BannerTests {

    final DocumentRenderer renderer = new Nd30Renderer();

    final Banner banner = new Banner(
            "Ban Chỉ đạo phòng, chống tội phạm và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc xã Sơn Hà",
            "Ngày hội",
            "Toàn dân bảo vệ an ninh Tổ quốc năm 2022",
            "Sơn Hà, ngày 15 tháng 8 năm 2022");

    @Test
    void theBannerIsOneLandscapeA4PageWithEveryLine() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.bannerPdf(banner))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            assertThat(box.getWidth()).isBetween(840f, 843f);
            String text = norm(pdfText(pdf));
            assertThat(text)
                    .contains("BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM")
                    .contains("NGÀY HỘI")
                    .contains("TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2022")
                    .contains("Sơn Hà, ngày 15 tháng 8 năm 2022")
                    .doesNotContain("#");
            for (PDFont font : Nd30PdfTests.fonts(pdf)) {
                assertThat(font.getName()).contains("LiberationSerif");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }
}
