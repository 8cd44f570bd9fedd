package vn.ngayhoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyWordsTests {

    @Test
    void amountsReadAsADecisionWritesThem() {
        assertThat(MoneyWords.dong(940_000)).isEqualTo("Chín trăm bốn mươi nghìn đồng");
        assertThat(MoneyWords.dong(3_180_000)).isEqualTo("Ba triệu một trăm tám mươi nghìn đồng");
        assertThat(MoneyWords.dong(1_005_000)).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
        assertThat(MoneyWords.dong(2_015_000)).isEqualTo("Hai triệu không trăm mười lăm nghìn đồng");
        assertThat(MoneyWords.dong(21_000)).isEqualTo("Hai mươi mốt nghìn đồng");
        assertThat(MoneyWords.dong(1_000_000_000)).isEqualTo("Một tỷ đồng");
        assertThat(MoneyWords.dong(1_000_010_000)).isEqualTo("Một tỷ không trăm mười nghìn đồng");
        assertThat(MoneyWords.dong(0)).isEqualTo("Không đồng");
    }
}
