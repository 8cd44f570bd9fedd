package vn.ngayhoi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text comparison helpers shared by the rendering tests. */
final class TextAssertions {

    private TextAssertions() {}

    /** NFC with every run of whitespace made one space. */
    static String norm(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0]+", " ")
                .strip();
    }

    /** The text of a PDF in reading order, without the lines that are only a page number. */
    static String pdfText(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        String text = stripper.getText(pdf);
        return Arrays.stream(text.split("\\R"))
                .filter(line -> !line.strip().matches("\\d+"))
                .collect(Collectors.joining("\n"));
    }

    static void containsEveryLine(String text, List<String> lines) {
        String haystack = norm(text);
        for (String line : lines) {
            assertThat(haystack).as("rendered text").contains(norm(line));
        }
    }
}
