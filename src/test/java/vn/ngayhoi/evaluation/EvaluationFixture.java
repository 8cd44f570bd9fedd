package vn.ngayhoi.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.ngayhoi.evaluation.Evaluations.AnswerInput;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;

/**
 * Hand-built trees under district 407 (Thị xã Nghi Sơn) for evaluation tests: a commune with its
 * khu dân cư and a leader who recognises them, and the steps a KDC goes through, by the services.
 */
final class EvaluationFixture {

    static final String PASSWORD = "Mat-khau-danh-gia-17";
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private EvaluationFixture() {}

    record Commune(OrgUnit unit, List<OrgUnit> kdcs, String leader, String officer) {}

    /** A commune named {@code name} with {@code kdcs} khu dân cư, a leader and a unit officer. */
    static Commune commune(ApplicationContext context, OrgUnit district, String key, String name, int kdcs) {
        OrgUnitManagement units = context.getBean(OrgUnitManagement.class);
        OrgUnit commune = units.systemCreate(new CreateUnit(district.id(), "COMMUNE", name, SINCE));
        List<OrgUnit> areas = new ArrayList<>();
        for (int i = 1; i <= kdcs; i++) {
            areas.add(units.systemCreate(
                    new CreateUnit(commune.id(), "RESIDENTIAL_AREA", "Thôn " + key + " số " + i, SINCE)));
        }
        String leader = "dg." + key + ".chutich";
        String officer = "dg." + key + ".canbo";
        Territories.account(context, leader, PASSWORD, "Chủ tịch xã " + key, commune, Role.LEADER);
        Territories.account(context, officer, PASSWORD, "Cán bộ xã " + key, commune, Role.UNIT_OFFICER);
        return new Commune(commune, areas, leader, officer);
    }

    /** Every criterion a unit answers, met (or not), with the report and minutes a submission needs. */
    static Map<String, AnswerInput> answers(RuleSet set, boolean met) {
        Map<String, AnswerInput> a = new LinkedHashMap<>();
        for (Criterion c : set.criteria()) {
            if (c.yesNo()) {
                a.put(c.code(), new AnswerInput(met, null, "Biên bản kiểm tra", null));
            } else if (c.number()) {
                BigDecimal ok = c.threshold() == null ? BigDecimal.ONE : c.threshold();
                BigDecimal value = met ? ok : "LE".equals(c.comparison()) ? ok.add(BigDecimal.ONE) : BigDecimal.ZERO;
                a.put(c.code(), new AnswerInput(null, value, null, null));
            }
        }
        return a;
    }

    /**
     * A result as a hand-built tree needs it: registered (as before the system) and decided as
     * stated, written straight to the table, since what is tested is what others compute from it.
     */
    static Evaluation result(ApplicationContext context, OrgUnit unit, int year, boolean recognised, int score) {
        Evaluation e =
                context.getBean(Registrations.class).systemRegister(unit, year, LocalDate.of(year, 2, 1), "test");
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("update evaluation set status = ?, score = ?, class_code = ? where id = ?")
                .params(recognised ? "RECOGNISED" : "NOT_RECOGNISED", score, recognised ? "KHA" : null, e.id())
                .update();
        return e;
    }

    /** Registers (as before the system), self-assesses and submits, then the leader decides. */
    static Evaluation decided(
            ApplicationContext context, SignedIn signedIn, OrgUnit unit, int year, Commune commune, boolean met) {
        Evaluations evaluations = context.getBean(Evaluations.class);
        Evaluation e =
                context.getBean(Registrations.class).systemRegister(unit, year, LocalDate.of(year, 2, 1), "test");
        Evaluation submitted = signedIn.as(commune.officer(), () -> {
            evaluations.assess(e.id(), null, answers(evaluations.ruleSet(e), met), "Báo cáo kết quả", "Biên bản họp");
            return evaluations.submit(e.id(), null);
        });
        return signedIn.as(commune.leader(), () -> evaluations.recognise(submitted.id(), null, null));
    }
}
