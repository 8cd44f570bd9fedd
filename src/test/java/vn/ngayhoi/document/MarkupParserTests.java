package vn.ngayhoi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.internal.Nd30Renderer;

class MarkupParserTests {

    final DocumentRenderer renderer = new Nd30Renderer();

    @Test
    void blankLinesSeparateParagraphsAndLinesWithinOneAreJoined() {
        List<Block> blocks = renderer.parse("Thực hiện Kế hoạch số 180\ncủa Ban Chỉ đạo.\n\n\n  Đoạn hai.  \r\n");
        assertThat(blocks)
                .containsExactly(
                        new Paragraph(List.of(Run.plain("Thực hiện Kế hoạch số 180 của Ban Chỉ đạo."))),
                        new Paragraph(List.of(Run.plain("Đoạn hai."))));
    }

    @Test
    void linesStartingWithDashOrPlusAreBulletsWithTheirMarker() {
        List<Block> blocks = renderer.parse(
                "- Phần lễ:\n+ Lễ chào cờ, tuyên bố lý do;\n  tiếp theo dòng trên\n+ Bế mạc.\n\n-không phải gạch đầu dòng");
        assertThat(blocks)
                .containsExactly(
                        new Bullet("-", List.of(Run.plain("Phần lễ:"))),
                        new Bullet("+", List.of(Run.plain("Lễ chào cờ, tuyên bố lý do; tiếp theo dòng trên"))),
                        new Bullet("+", List.of(Run.plain("Bế mạc."))),
                        new Paragraph(List.of(Run.plain("-không phải gạch đầu dòng"))));
    }

    @Test
    void boldItalicAndBoldItalicRunsAreKept() {
        List<Block> blocks =
                renderer.parse("**a. Thời gian:** Từ ngày 01/8/2022 (*trọng tâm*) đến ***13/8 - 18/8/2022.***");
        assertThat(blocks)
                .containsExactly(new Paragraph(List.of(
                        new Run("a. Thời gian:", true, false),
                        Run.plain(" Từ ngày 01/8/2022 ("),
                        new Run("trọng tâm", false, true),
                        Run.plain(") đến "),
                        new Run("13/8 - 18/8/2022.", true, true))));
    }

    @Test
    void emphasisNestsAndBulletsCarryRuns() {
        List<Block> blocks = renderer.parse("- khẩu hiệu “*Bảo vệ **Tổ quốc** Việt Nam*”");
        assertThat(blocks)
                .containsExactly(new Bullet(
                        "-",
                        List.of(
                                Run.plain("khẩu hiệu “"),
                                new Run("Bảo vệ ", false, true),
                                new Run("Tổ quốc", true, true),
                                new Run(" Việt Nam", false, true),
                                Run.plain("”"))));
    }

    @Test
    void unclosedOrSpacedMarkersAndHashLinesAreLiteralText() {
        assertThat(renderer.parse("**chưa đóng và *cũng chưa"))
                .containsExactly(new Paragraph(List.of(Run.plain("**chưa đóng và *cũng chưa"))));
        assertThat(renderer.parse("5 * 3 * 2 = 30"))
                .containsExactly(new Paragraph(List.of(Run.plain("5 * 3 * 2 = 30"))));
        assertThat(renderer.parse("# Không phải tiêu đề"))
                .containsExactly(new Paragraph(List.of(Run.plain("# Không phải tiêu đề"))));
        assertThat(renderer.parse("****")).containsExactly(new Paragraph(List.of(Run.plain("****"))));
    }

    @Test
    void textIsNormalisedToNfcAndEmptyInputGivesNoBlocks() {
        String decomposed = Normalizer.normalize("Quyết định **Sơn Hà**", Normalizer.Form.NFD);
        assertThat(renderer.parse(decomposed))
                .containsExactly(new Paragraph(List.of(Run.plain("Quyết định "), new Run("Sơn Hà", true, false))));
        assertThat(renderer.parse("")).isEmpty();
        assertThat(renderer.parse("\n \n\t\n")).isEmpty();
        assertThat(renderer.parse(null)).isEmpty();
    }
}
