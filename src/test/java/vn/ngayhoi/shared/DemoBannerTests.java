package vn.ngayhoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 18: the Thanh Hóa 2026 demo's banner does not introduce it as a district's 2022 campaign. */
class DemoBannerTests {

    @Test
    void eachScenarioHasItsOwnBannerAndTheTwoTierOneNamesNoDistrict() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        Locale vi = Locale.forLanguageTag("vi");
        Clock clock = Clock.system(Formats.ZONE);

        SystemDate thanhHoa = new SystemDate(clock, DemoSelection.parse("thanhhoa-2026"));
        String banner = messages.getMessage(thanhHoa.bannerKey(), new Object[] {"21/08/2026"}, vi);
        assertThat(banner).contains("21/08/2026").contains("2026").contains("Thanh Hóa");
        assertThat(banner.toLowerCase(vi)).doesNotContain("huyện");

        SystemDate quanSon = new SystemDate(clock, DemoSelection.parse("true"));
        assertThat(messages.getMessage(quanSon.bannerKey(), new Object[] {"23/08/2022"}, vi))
                .contains("huyện Quan Sơn");
    }
}
