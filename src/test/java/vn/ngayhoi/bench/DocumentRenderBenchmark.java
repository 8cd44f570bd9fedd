package vn.ngayhoi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.SeedPlan;
import vn.ngayhoi.document.internal.Nd30Renderer;

/**
 * Not part of the test suite (run with {@code mvn -Pbench test -Dtest=DocumentRenderBenchmark}):
 * times the rendering of a seed-sized plan (the Quan Sơn 2022 Kế hoạch, four pages) to DOCX and to
 * PDF, and the floors: an empty XWPFDocument written to bytes, and an empty openhtmltopdf page.
 */
class DocumentRenderBenchmark {

    private static final int WARM_UP = 10;
    private static final int DOCX_RUNS = 20;
    private static final int PDF_RUNS = 10;

    interface Job {
        byte[] run() throws IOException;
    }

    @Test
    void renderASeedSizedPlan() throws IOException {
        DocumentRenderer renderer = new Nd30Renderer();
        OfficialDocument plan = SeedPlan.document(renderer);

        report("render DOCX (seed-sized plan)", DOCX_RUNS, () -> renderer.docx(plan));
        report("floor DOCX (empty XWPFDocument to bytes)", DOCX_RUNS, DocumentRenderBenchmark::emptyDocx);
        report("render PDF (seed-sized plan)", PDF_RUNS, () -> renderer.pdf(plan));
        report("floor PDF (empty openhtmltopdf page)", PDF_RUNS, DocumentRenderBenchmark::emptyPdf);
        report("PDF one line in the four embedded fonts", PDF_RUNS, DocumentRenderBenchmark::oneLinePdf);
    }

    private static void report(String what, int runs, Job job) throws IOException {
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = job.run().length;
        }
        assertThat(size).isPositive();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            byte[] bytes = job.run();
            nanos[i] = System.nanoTime() - start;
            assertThat(bytes).isNotEmpty();
        }
        Arrays.sort(nanos);
        double median = runs % 2 == 1 ? nanos[runs / 2] : (nanos[runs / 2 - 1] + nanos[runs / 2]) / 2.0;
        System.out.printf(
                Locale.ROOT,
                "BENCH %s median %.1f ms min %.1f max %.1f (%d runs, %d bytes)%n",
                what,
                median / 1e6,
                nanos[0] / 1e6,
                nanos[runs - 1] / 1e6,
                runs,
                size);
    }

    private static byte[] emptyDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static final byte[][] FONTS = {font("Regular"), font("Bold"), font("Italic"), font("BoldItalic")};

    private static byte[] font(String face) {
        try (var in = DocumentRenderBenchmark.class
                .getClassLoader()
                .getResourceAsStream("liberation/LiberationSerif-" + face + ".ttf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The font cost alone: one line using the four faces, each subset and embedded. */
    private static byte[] oneLinePdf() throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            int[] weights = {400, 700, 400, 700};
            for (int i = 0; i < 4; i++) {
                byte[] bytes = FONTS[i];
                builder.useFont(
                        () -> new java.io.ByteArrayInputStream(bytes),
                        "Liberation Serif",
                        weights[i],
                        i < 2
                                ? com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL
                                : com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.ITALIC,
                        true);
            }
            builder.withHtmlContent(
                    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>@page { size: A4; }"
                            + " * { font-family: 'Liberation Serif'; }</style></head><body>"
                            + "<p>Ngày hội <b>toàn dân</b> <i>bảo vệ</i> <b><i>an ninh Tổ quốc</i></b></p>"
                            + "</body></html>",
                    null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }

    private static byte[] emptyPdf() throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(
                    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>@page { size: A4; }</style>"
                            + "</head><body></body></html>",
                    null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }
}
