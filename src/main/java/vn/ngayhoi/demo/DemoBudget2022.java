package vn.ngayhoi.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.budget.Appraisals;
import vn.ngayhoi.budget.Estimate;
import vn.ngayhoi.budget.EstimateLine;
import vn.ngayhoi.budget.Estimates;
import vn.ngayhoi.budget.Gifts;
import vn.ngayhoi.budget.NewLine;
import vn.ngayhoi.budget.Spending;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;

/**
 * The 2022 budget as it stood on 23/08/2022: Công an huyện Quan Sơn's estimate for the pilot site
 * and the district's activities (the support to xã Sơn Hà as pilot site, banners, delegates' meals
 * above the norm, water, the gifts handed at the pilot festival), submitted on 03/08 with its Tờ
 * trình, appraised by Phòng Tài chính - Kế hoạch on 05/08 with the meals reduced to the norm, approved
 * by the chairman on 08/08; Sơn Hà has spent part of its support and the gifts. What Sơn Hà spent,
 * 11.750.000 đ, is the figure its results report shows (prefilled from these payments).
 */
@Component
class DemoBudget2022 {

    static final long SON_HA_SPENT = 11_750_000;

    private final Estimates estimates;
    private final Appraisals appraisals;
    private final Spending spending;
    private final Gifts gifts;
    private final FestivalManagement festivals;
    private final OrgUnitManagement units;
    private final AccountManagement accounts;

    DemoBudget2022(
            Estimates estimates,
            Appraisals appraisals,
            Spending spending,
            Gifts gifts,
            FestivalManagement festivals,
            OrgUnitManagement units,
            AccountManagement accounts) {
        this.estimates = estimates;
        this.appraisals = appraisals;
        this.spending = spending;
        this.gifts = gifts;
        this.festivals = festivals;
        this.units = units;
        this.accounts = accounts;
    }

    void load(Campaign campaign) {
        OrgUnit quanSon =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.QUAN_SON).orElseThrow();
        OrgUnit police = units.systemUnitsOfTypes(quanSon.path(), List.of("AGENCY")).stream()
                .filter(u -> u.name().equals("Công an huyện Quan Sơn"))
                .findFirst()
                .orElseThrow();
        OrgUnit sonHa =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.SON_HA).orElseThrow();
        Festival pilot = festivals.systemOfUnit(campaign.id(), sonHa.id()).orElseThrow();
        long chairman = accounts.systemFindByUsername("chutich").orElseThrow().id();
        // The gifts the chairman handed at the pilot festival on 15/08.
        for (String[] g : List.of(
                new String[] {"Gia đình ông Lò Văn Pọm (nguyên Trưởng Công an xã)", "MOVEMENT_FAMILY"},
                new String[] {"Gia đình bà Hà Thị Xuân (bản Hả)", "MOVEMENT_FAMILY"},
                new String[] {"Ông Phạm Bá Tuấn (thương binh)", "POLICY"},
                new String[] {"Bà Lương Thị Hiên (gia đình chính sách)", "POLICY"},
                new String[] {"Tổ tự quản an ninh trật tự bản Bóng", "EXEMPLARY"},
                new String[] {"Ông Vi Văn Khánh (người có uy tín bản Xộp Huối)", "EXEMPLARY"})) {
            gifts.systemAdd(
                    pilot.id(),
                    new Gifts.NewGift(
                            g[0],
                            g[0].startsWith("Tổ") ? "COLLECTIVE" : "PERSON",
                            g[1],
                            "Quà tặng (nhu yếu phẩm)",
                            500_000L,
                            chairman),
                    LocalDate.of(2022, 8, 15));
        }
        Estimate e = estimates.systemCreate(
                campaign.id(),
                police.id(),
                "Dự toán kinh phí tổ chức Ngày hội toàn dân bảo vệ ANTQ năm 2022 của Công an huyện",
                List.of(
                        new NewLine(
                                "FESTIVAL",
                                pilot.id(),
                                null,
                                "Hỗ trợ xã Sơn Hà tổ chức điểm Ngày hội (khánh tiết, âm thanh, ánh sáng)",
                                "gói",
                                1L,
                                15_000_000L,
                                null,
                                "LOCAL_BUDGET",
                                null,
                                sonHa.code()),
                        new NewLine(
                                "PLAN_ITEM",
                                null,
                                null,
                                "Pano, băng rôn, ma-két tuyên truyền",
                                "cái",
                                4L,
                                2_500_000L,
                                null,
                                "LOCAL_BUDGET",
                                "BANNER",
                                null),
                        new NewLine(
                                "PLAN_ITEM",
                                null,
                                null,
                                "Tiền ăn đại biểu tỉnh, huyện dự Ngày hội tại xã điểm",
                                "suất",
                                60L,
                                180_000L,
                                null,
                                "LOCAL_BUDGET",
                                "MEAL",
                                null),
                        new NewLine(
                                "PLAN_ITEM",
                                null,
                                null,
                                "Nước uống phục vụ đại biểu",
                                "người",
                                200L,
                                20_000L,
                                null,
                                "SOCIALIZED",
                                "WATER",
                                null)),
                "thuongtruc");
        e = estimates.systemAddGiftLines(e.id(), pilot.id());
        estimates.systemSubmit(e.id(), LocalDate.of(2022, 8, 3));
        EstimateLine meals = e.lines().get(2);
        appraisals.systemAppraise(
                e.id(),
                List.of(new Appraisals.LineVerdict(
                        meals.id(), meals.quantity() * 150_000L, "Giảm theo định mức tiền ăn 150.000 đồng/suất.")),
                "Các nội dung còn lại phù hợp định mức và nhiệm vụ được giao.",
                LocalDate.of(2022, 8, 5));
        appraisals.systemApprove(e.id(), LocalDate.of(2022, 8, 8), "Lương Tiến Thành");
        EstimateLine support = e.lines().get(0);
        EstimateLine giftLine = e.lines().get(4);
        byte[] receipt = receiptPhoto();
        spending.systemPay(
                e.id(),
                new Spending.NewPayment(
                        support.id(),
                        LocalDate.of(2022, 8, 12),
                        "Hộ kinh doanh Lò Văn Thắng (âm thanh, ánh sáng)",
                        5_000_000L),
                new Spending.Upload("hoa-don-am-thanh.png", receipt));
        spending.systemPay(
                e.id(),
                new Spending.NewPayment(
                        support.id(),
                        LocalDate.of(2022, 8, 14),
                        "Cửa hàng Hà Văn Dũng (khánh tiết, hoa tươi)",
                        3_750_000L),
                new Spending.Upload("hoa-don-khanh-tiet.png", receipt));
        spending.systemPay(
                e.id(),
                new Spending.NewPayment(
                        giftLine.id(),
                        LocalDate.of(2022, 8, 15),
                        "Cửa hàng tạp hóa Phạm Thị Hoa (quà tặng)",
                        3_000_000L),
                new Spending.Upload("hoa-don-qua-tang.png", receipt));
    }

    /** A small picture standing for the photographed receipt. */
    static byte[] receiptPhoto() {
        BufferedImage img = new BufferedImage(48, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 48, 64);
        g.setColor(Color.DARK_GRAY);
        for (int y = 8; y < 60; y += 8) {
            g.drawLine(6, y, 42, y);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
