package vn.ngayhoi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.commendation.CommendationDecisions;
import vn.ngayhoi.commendation.CommendationRounds;
import vn.ngayhoi.commendation.CommendationRounds.CouncilMember;
import vn.ngayhoi.commendation.CouncilMeetings;
import vn.ngayhoi.commendation.NominationStatus;
import vn.ngayhoi.commendation.Nominations;
import vn.ngayhoi.commendation.Nominations.Input;
import vn.ngayhoi.commendation.Round;
import vn.ngayhoi.commendation.Submissions;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;

/**
 * The 2022 commendation round of huyện Quan Sơn: Sơn Hà nominates its police and a village head,
 * Mường Mìn an officer (returned by Phòng Nội vụ for figures and submitted again), Na Mèo a household;
 * the council meets on 10/08, the chairman decides on 12/08/2022, before the pilot festival of 15/08
 * where the awards are handed out.
 */
@Component
class DemoCommendations2022 {

    static final LocalDate DECIDED = LocalDate.of(2022, 8, 12);
    static final String CHAIRMAN = "Lương Tiến Thành";

    private final CommendationRounds rounds;
    private final Nominations nominations;
    private final Submissions submissions;
    private final CouncilMeetings council;
    private final CommendationDecisions decisions;
    private final OrgUnitManagement units;

    DemoCommendations2022(
            CommendationRounds rounds,
            Nominations nominations,
            Submissions submissions,
            CouncilMeetings council,
            CommendationDecisions decisions,
            OrgUnitManagement units) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.submissions = submissions;
        this.council = council;
        this.decisions = decisions;
        this.units = units;
    }

    void load(Campaign campaign, OrgUnit noiVu) {
        OrgUnit sonHa = unit(DemoScenario.SON_HA);
        OrgUnit muongMin = unit(DemoScenario.MUONG_MIN);
        OrgUnit naMeo = unit(DemoScenario.NA_MEO);
        Round r = rounds.systemCreate(
                campaign.id(),
                "Khen thưởng chuyên đề Ngày hội toàn dân bảo vệ ANTQ năm 2022 — Chủ tịch UBND huyện Quan Sơn",
                noiVu.id(),
                LocalDate.of(2022, 8, 5),
                CHAIRMAN,
                "thuongtruc");
        rounds.systemSetCouncil(
                r.id(),
                List.of(
                        new CouncilMember(CHAIRMAN, "CHAIR", "Chủ tịch UBND huyện, Chủ tịch Hội đồng"),
                        new CouncilMember("Phạm Văn Hùng", "VICE_CHAIR", "Trưởng Công an huyện, Phó Chủ tịch Hội đồng"),
                        new CouncilMember("Hà Văn Quyết", "MEMBER", "Trưởng phòng Nội vụ"),
                        new CouncilMember("Lữ Thị Liên", "MEMBER", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
                        new CouncilMember("Lê Thị Mai", "SECRETARY", "Chuyên viên Phòng Nội vụ, Thư ký Hội đồng")));

        LocalDate written = LocalDate.of(2022, 8, 1);
        long police = nominations
                .systemCreate(
                        r.id(),
                        sonHa.id(),
                        new Input(
                                "COLLECTIVE",
                                null,
                                "Công an xã Sơn Hà",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "Tham mưu Đảng ủy, UBND xã chuẩn bị Ngày hội điểm của huyện; triển khai mô hình"
                                        + " “Camera đối với ANTT”; phối hợp các bản giữ vững an ninh trật tự.",
                                "GK_TT"),
                        "sonha",
                        written)
                .id();
        long head = nominations
                .systemCreate(
                        r.id(),
                        sonHa.id(),
                        new Input(
                                "INDIVIDUAL",
                                null,
                                "Lò Văn Thiết",
                                "NAM",
                                1979,
                                "Trưởng Bản Hả",
                                null,
                                null,
                                "Vận động nhân dân Bản Hả tham gia tổ tự quản an ninh trật tự, tố giác tội phạm.",
                                "GK_CN"),
                        "sonha",
                        written)
                .id();
        Input officer = new Input(
                "INDIVIDUAL",
                null,
                "Phạm Thị Nga",
                "NU",
                1988,
                "Phó Trưởng Công an xã Mường Mìn",
                null,
                null,
                "Tích cực tuyên truyền phòng, chống ma túy.",
                "GK_CN");
        long nga = nominations
                .systemCreate(r.id(), muongMin.id(), officer, "muongmin", written)
                .id();
        long household = nominations
                .systemCreate(
                        r.id(),
                        naMeo.id(),
                        new Input(
                                "HOUSEHOLD",
                                null,
                                "Hà Văn Khăm",
                                "NAM",
                                null,
                                null,
                                "Bản Sa Ná, xã Na Mèo",
                                null,
                                "Hiến đất mở đường tuần tra, tích cực tham gia tổ tự quản an ninh trật tự ở bản.",
                                "GK_HGD"),
                        "nameo",
                        written)
                .id();
        submissions.systemSubmit(r.id(), sonHa.id(), LocalDate.of(2022, 8, 2), "sonha");
        submissions.systemSubmit(r.id(), muongMin.id(), LocalDate.of(2022, 8, 2), "muongmin");
        submissions.systemSubmit(r.id(), naMeo.id(), LocalDate.of(2022, 8, 3), "nameo");

        LocalDate vetted = LocalDate.of(2022, 8, 4);
        nominations.systemVet(
                nga,
                NominationStatus.RETURNED,
                "Đề nghị bổ sung kết quả cụ thể (số buổi tuyên truyền, số người tham dự) vào tóm tắt thành tích.",
                "noivu",
                vetted);
        for (long id : List.of(police, head, household)) {
            nominations.systemVet(id, NominationStatus.ACCEPTED, null, "noivu", vetted);
        }
        LocalDate fixed = LocalDate.of(2022, 8, 5);
        nominations.systemUpdate(
                nga,
                new Input(
                        officer.kind(),
                        null,
                        officer.name(),
                        officer.gender(),
                        officer.birthYear(),
                        officer.position(),
                        null,
                        null,
                        "Chủ trì 14 buổi tuyên truyền phòng, chống ma túy tại 9 bản với hơn 1.100 lượt người dự;"
                                + " vận động 3 người nghiện tự nguyện cai nghiện.",
                        officer.awardType()),
                fixed);
        submissions.systemSubmit(r.id(), muongMin.id(), fixed, "muongmin");
        nominations.systemVet(nga, NominationStatus.ACCEPTED, null, "noivu", LocalDate.of(2022, 8, 8));

        CouncilMeetings.Votes all = new CouncilMeetings.Votes(5, 0);
        council.systemRecord(
                r.id(),
                LocalDate.of(2022, 8, 10),
                5,
                List.of(CHAIRMAN, "Phạm Văn Hùng", "Hà Văn Quyết", "Lữ Thị Liên", "Lê Thị Mai"),
                Map.of(police, all, head, all, nga, all, household, new CouncilMeetings.Votes(4, 1)),
                "noivu");
        decisions.systemDecide(r.id(), DECIDED, CHAIRMAN, "chutich");
    }

    private OrgUnit unit(String code) {
        return units.systemFind(DemoScenario.STRUCTURE, code).orElseThrow();
    }
}
