package vn.ngayhoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TextsAndFormatsTests {

    @Test
    void foldingIgnoresCaseDiacriticsAndUnicodeForm() {
        assertThat(Texts.fold("Xã Sơn Hà")).isEqualTo("xa son ha");
        assertThat(Texts.fold("ĐẶC KHU Côn Đảo")).isEqualTo("dac khu con dao");
        assertThat(Texts.fold(Normalizer.normalize("Thị trấn Sơn Lư", Normalizer.Form.NFD)))
                .isEqualTo("thi tran son lu");
        assertThat(Texts.fold(null)).isEmpty();
    }

    @Test
    void aNameFilterMatchesWithOrWithoutAccentsAndABlankOneMatchesAll() {
        assertThat(Texts.containsFolded("Xã Sơn Hà", "son ha")).isTrue();
        assertThat(Texts.containsFolded("Xã Sơn Hà", "  SƠN   hà ")).isTrue();
        assertThat(Texts.containsFolded("Xã Sơn Điện", "dien")).isTrue();
        assertThat(Texts.containsFolded("Xã Mường Mìn", "son ha")).isFalse();
        assertThat(Texts.containsFolded("Xã Mường Mìn", "")).isTrue();
        assertThat(Texts.containsFolded(null, "a")).isFalse();
    }

    @Test
    void controlCharactersAreFoundExceptTabAndLineBreaks() {
        assertThat(Texts.hasControlCharacters("Xã Sơn Hà\tdòng 1\r\ndòng 2\n")).isFalse();
        assertThat(Texts.hasControlCharacters(null)).isFalse();
        assertThat(Texts.controlCharacterAt("ab\u0000c")).isEqualTo(2);
        assertThat(Texts.controlCharacterAt("\u001b[31m")).isZero();
        assertThat(Texts.controlCharacterAt("x\u007f")).isEqualTo(1);
        assertThat(Texts.controlCharacterAt("\u0008")).isZero();
        // The C1 range and other Unicode are text, not control input from a keyboard.
        assertThat(Texts.hasControlCharacters("\u0085\u00a0đ")).isFalse();
    }

    @Test
    void cleaningGivesNfcWithSingleSpaces() {
        String decomposed = Normalizer.normalize("  Bản   Hả ", Normalizer.Form.NFD);
        assertThat(Texts.clean(decomposed)).isEqualTo("Bản Hả");
        assertThat(Normalizer.isNormalized(Texts.clean(decomposed), Normalizer.Form.NFC))
                .isTrue();
    }

    @Test
    void datesAndNumbersUseVietnameseConventions() {
        Formats f = new Formats();
        assertThat(f.date(LocalDate.of(2022, 8, 5))).isEqualTo("05/08/2022");
        assertThat(f.number(1_234_567)).isEqualTo("1.234.567");
        assertThat(f.number(2_340_000L)).isEqualTo("2.340.000");
        // 17:30 UTC is 00:30 the next day in Hà Nội.
        assertThat(f.dateTime(OffsetDateTime.of(2022, 8, 18, 17, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("19/08/2022 00:30");
    }
}
