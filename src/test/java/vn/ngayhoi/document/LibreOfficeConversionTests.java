package vn.ngayhoi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngayhoi.document.TextAssertions.norm;
import static vn.ngayhoi.document.TextAssertions.pdfText;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.internal.Nd30Renderer;

/** The DOCX opens in LibreOffice Writer, which converts it to a PDF showing the same text. */
class LibreOfficeConversionTests {

    final DocumentRenderer renderer = new Nd30Renderer();
    final OfficialDocument plan = SeedPlan.document(renderer);

    @Test
    void libreOfficeConvertsTheDocxToPdfWithEveryHeading(@TempDir Path dir) throws IOException, InterruptedException {
        Optional<String> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
        Assumptions.assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");

        Path docx = dir.resolve("ke-hoach.docx");
        Files.write(docx, renderer.docx(plan));
        Process process = new ProcessBuilder(
                        soffice.get(),
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("soffice finished in 3 minutes").isTrue();
        Path pdfFile = dir.resolve("ke-hoach.pdf");
        assertThat(pdfFile).as(Files.readString(dir.resolve("soffice.log"))).exists();

        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            String text = norm(pdfText(pdf));
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (OfficialDocument.Block block : plan.body()) {
                if (block instanceof Heading h) {
                    assertThat(text).contains(norm(h.text()));
                }
            }
            assertThat(text)
                    .contains("Số: 05/KH-BCĐ")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Nơi nhận:")
                    .contains("Lương Tiến Thành");
        }
    }

    static Optional<String> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }
}
