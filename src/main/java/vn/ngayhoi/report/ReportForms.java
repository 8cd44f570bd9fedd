package vn.ngayhoi.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.report.ReportEvents.FormDefined;
import vn.ngayhoi.report.ReportEvents.LockExceptionGranted;
import vn.ngayhoi.report.ReportForm.Definition;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportForm.IndicatorType;
import vn.ngayhoi.report.ReportForm.Rule;
import vn.ngayhoi.report.ReportForm.Section;
import vn.ngayhoi.report.internal.DefaultForm;
import vn.ngayhoi.report.internal.ReportRepository;
import vn.ngayhoi.report.internal.ReportRepository.LockException;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;

/**
 * The report form of a campaign and who must report, kept by the standing office whose territory
 * the campaign covers: indicators and rules, the deadline, the grace and lock days, the unit types
 * assigned, and the units that may still enter after the lock.
 */
@Service
public class ReportForms {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,39}");
    static final int MAX_GRACE = 60;
    static final int MAX_LOCK = 365;

    private final ReportRepository repository;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final UnitPicker picker;
    private final vn.ngayhoi.campaign.CampaignTerritories territories;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportForms(
            ReportRepository repository,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            UnitPicker picker,
            vn.ngayhoi.campaign.CampaignTerritories territories,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.units = units;
        this.picker = picker;
        this.territories = territories;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The settings the standing office changes; {@code assignTypes} are unit type codes. */
    public record Settings(
            String title, LocalDate deadline, int graceDays, int lockAfterDays, List<String> assignTypes) {}

    /** The form of a campaign the caller has already checked (or none yet). */
    public Optional<ReportForm> find(long campaignId) {
        return repository.formOfCampaign(campaignId);
    }

    /** The form of a visible campaign. */
    public ReportForm ofCampaign(long campaignId) {
        Campaign c = campaigns.get(campaignId);
        return find(c.id()).orElseThrow(() -> new NotFoundException("report_form:" + campaignId));
    }

    public ReportForm systemGet(long formId) {
        return repository.form(formId).orElseThrow(() -> new NotFoundException("report_form#" + formId));
    }

    /** The unit whose subtree reports: the committee's territory. */
    public OrgUnit root(ReportForm form) {
        return units.systemFindById(form.assignRootId()).orElseThrow();
    }

    /** Whether the form asks this unit for a report. */
    public boolean assigned(ReportForm form, OrgUnit unit) {
        return assigned(form, root(form), unit);
    }

    /** The same with the form's {@link #root(ReportForm) root} already at hand, for loops over many units. */
    public boolean assigned(ReportForm form, OrgUnit root, OrgUnit unit) {
        return form.assignTypes().contains(unit.typeCode())
                && unit.path().startsWith(root.path())
                && unit.validOn(form.deadline());
    }

    /** Gives a campaign the default festival form, by its report deadline. */
    @Transactional
    public ReportForm defineDefault(long campaignId) {
        Campaign c = campaigns.get(campaignId);
        OrgUnit root = territory(c);
        requireKeeper(root);
        if (find(c.id()).isPresent()) {
            throw new ConflictException("report.form.exists");
        }
        return systemDefineDefault(c);
    }

    /** Start-up only (demo, benchmark, clones). */
    @Transactional
    public ReportForm systemDefineDefault(Campaign c) {
        return systemDefine(c, DefaultForm.definition());
    }

    @Transactional
    public ReportForm systemDefine(Campaign c, Definition definition) {
        OrgUnit root = territory(c);
        long id = repository.insertForm(
                c.id(),
                DefaultForm.TITLE + " năm " + c.year(),
                definition,
                root.id(),
                DefaultForm.COMMUNE_TYPES,
                c.reportDeadline(),
                0,
                10);
        events.publishEvent(new FormDefined(id, c.id(), "biểu mẫu mặc định"));
        return systemGet(id);
    }

    @Transactional
    public ReportForm updateSettings(long formId, Settings s, int expectedVersion) {
        ReportForm form = requireKept(formId);
        List<Problem> problems = new ArrayList<>();
        String title = Texts.clean(s.title());
        if (title == null || title.isEmpty() || title.length() > 500) {
            problems.add(new Problem("title", "report.form.title.invalid"));
        }
        if (s.deadline() == null) {
            problems.add(new Problem("deadline", "report.form.deadline.required"));
        }
        if (s.graceDays() < 0 || s.graceDays() > MAX_GRACE) {
            problems.add(new Problem("graceDays", "report.form.graceDays.invalid", MAX_GRACE));
        }
        if (s.lockAfterDays() < s.graceDays() || s.lockAfterDays() > MAX_LOCK) {
            problems.add(new Problem("lockAfterDays", "report.form.lockAfterDays.invalid", MAX_LOCK));
        }
        List<String> types = s.assignTypes() == null ? List.of() : s.assignTypes();
        if (types.isEmpty() || types.stream().anyMatch(t -> units.type(t).isEmpty())) {
            problems.add(new Problem("assignTypes", "report.form.types.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!repository.updateForm(
                formId,
                expectedVersion,
                title,
                form.definition(),
                types,
                s.deadline(),
                s.graceDays(),
                s.lockAfterDays())) {
            throw new ConflictException("report.form.changedMeanwhile");
        }
        events.publishEvent(new FormDefined(
                formId,
                form.campaignId(),
                "hạn " + s.deadline() + ", ân hạn " + s.graceDays() + ", khoá sau " + s.lockAfterDays()));
        return systemGet(formId);
    }

    /**
     * Narrows who must report to one subtree of the committee's territory (a commune's residential
     * areas, say), or widens it back to the whole territory; the unit must lie in the territory.
     * {@code unitCode} is a code or a name as a person types it.
     */
    @Transactional
    public ReportForm assignSubtree(long formId, String unitCode, int expectedVersion) {
        ReportForm form = requireKept(formId);
        Campaign campaign = campaigns.systemFind(form.campaignId()).orElseThrow();
        OrgUnit territory = territory(campaign);
        OrgUnit unit =
                unitCode == null || unitCode.isBlank() ? territory : picker.pick("root", unitCode, form.deadline());
        if (!unit.path().startsWith(territory.path())) {
            throw ValidationException.of("root", "report.form.root.outside", territory.name());
        }
        if (!repository.updateRoot(formId, expectedVersion, unit.id())) {
            throw new ConflictException("report.form.changedMeanwhile");
        }
        events.publishEvent(new FormDefined(formId, form.campaignId(), "phạm vi " + unit.code()));
        return systemGet(formId);
    }

    /** Adds an indicator to a section (a new section when {@code sectionTitle} names none). */
    @Transactional
    public ReportForm addIndicator(long formId, String sectionTitle, Indicator indicator, int expectedVersion) {
        ReportForm form = requireKept(formId);
        List<Problem> problems = new ArrayList<>();
        String code = indicator.code() == null ? "" : indicator.code().strip();
        String label = Texts.clean(indicator.label());
        String section = Texts.clean(sectionTitle);
        if (!CODE.matcher(code).matches()) {
            problems.add(new Problem("code", "report.indicator.code.invalid"));
        } else if (form.definition().indicator(code).isPresent()) {
            problems.add(new Problem("code", "report.indicator.code.taken", code));
        }
        if (label == null || label.isEmpty() || label.length() > 300) {
            problems.add(new Problem("label", "report.indicator.label.invalid"));
        }
        if (section == null || section.isEmpty() || section.length() > 300) {
            problems.add(new Problem("section", "report.indicator.section.invalid"));
        }
        if (indicator.type() == null) {
            problems.add(new Problem("type", "report.indicator.type.invalid"));
        }
        List<String> choices = indicator.choices().stream()
                .map(Texts::clean)
                .filter(x -> x != null && !x.isEmpty())
                .distinct()
                .toList();
        if (indicator.type() == IndicatorType.CHOICE && choices.size() < 2) {
            problems.add(new Problem("choices", "report.indicator.choices.invalid"));
        }
        if (indicator.min() != null
                && indicator.max() != null
                && indicator.min().compareTo(indicator.max()) > 0) {
            problems.add(new Problem("max", "report.indicator.range.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        BigDecimal min = indicator.type().numeric() && indicator.min() == null ? BigDecimal.ZERO : indicator.min();
        Indicator clean =
                new Indicator(code, label, indicator.type(), indicator.required(), min, indicator.max(), choices, null);
        List<Section> sections = new ArrayList<>(form.definition().sections());
        int at = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).title().equals(section)) {
                at = i;
            }
        }
        if (at < 0) {
            sections.add(new Section(section, List.of(clean)));
        } else {
            List<Indicator> list = new ArrayList<>(sections.get(at).indicators());
            list.add(clean);
            sections.set(at, new Section(section, list));
        }
        return saveDefinition(form, new Definition(sections, form.definition().rules()), expectedVersion, "+" + code);
    }

    /** Removes an indicator no report has a value for yet, with the rules that name it. */
    @Transactional
    public ReportForm removeIndicator(long formId, String code, int expectedVersion) {
        ReportForm form = requireKept(formId);
        if (form.definition().indicator(code).isEmpty()) {
            throw new NotFoundException("indicator:" + code);
        }
        boolean used = jdbc.sql("""
                        select exists (select 1 from report where form_id = ? and jsonb_exists(data -> 'values', ?))
                        """).params(formId, code).query(Boolean.class).single();
        if (used) {
            throw ValidationException.of("code", "report.indicator.inUse", code);
        }
        List<Section> sections = form.definition().sections().stream()
                .map(s -> new Section(
                        s.title(),
                        s.indicators().stream()
                                .filter(i -> !i.code().equals(code))
                                .toList()))
                .filter(s -> !s.indicators().isEmpty())
                .toList();
        List<Rule> rules = form.definition().rules().stream()
                .filter(r -> !r.left().equals(code) && !r.right().equals(code))
                .toList();
        return saveDefinition(form, new Definition(sections, rules), expectedVersion, "-" + code);
    }

    /** Adds a rule between two numeric indicators. */
    @Transactional
    public ReportForm addRule(long formId, Rule rule, int expectedVersion) {
        ReportForm form = requireKept(formId);
        Optional<Indicator> left = form.definition().indicator(rule.left());
        Optional<Indicator> right = form.definition().indicator(rule.right());
        if (left.isEmpty()
                || right.isEmpty()
                || !left.get().type().numeric()
                || !right.get().type().numeric()
                || rule.comparison() == null
                || rule.left().equals(rule.right())) {
            throw ValidationException.of("rule", "report.rule.invalid");
        }
        List<Rule> rules = new ArrayList<>(form.definition().rules());
        rules.add(rule);
        return saveDefinition(
                form,
                new Definition(form.definition().sections(), rules),
                expectedVersion,
                rule.left() + " " + rule.comparison() + " " + rule.right());
    }

    /**
     * Lets one unit (a code or a name as typed) enter after the lock, until {@code until}, with a
     * reason kept on record.
     */
    @Transactional
    public void grantLockException(long formId, String unitCode, LocalDate until, String reason) {
        ReportForm form = requireKept(formId);
        String clean = Texts.clean(reason);
        List<Problem> problems = new ArrayList<>();
        if (clean == null || clean.isEmpty() || clean.length() > 500) {
            problems.add(new Problem("reason", "report.exception.reason.required"));
        }
        if (until == null || until.isBefore(LocalDate.now(clock))) {
            problems.add(new Problem("until", "report.exception.until.invalid"));
        }
        OrgUnit unit = picker.pick("unit", unitCode, form.deadline());
        if (!assigned(form, unit)) {
            problems.add(new Problem("unit", "report.unit.notAssigned", unit.name()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        repository.putLockException(
                formId, unit.id(), until, clean, policy.requireActor().username(), OffsetDateTime.now(clock));
        events.publishEvent(new LockExceptionGranted(formId, unit.code(), "đến " + until + ": " + clean));
    }

    public List<LockException> lockExceptions(long formId) {
        ReportForm form = systemGet(formId);
        campaigns.get(form.campaignId());
        return repository.lockExceptions(formId, policy.currentScope().pathPrefix());
    }

    /** Whether the current account keeps this form (the standing office of its territory). */
    public boolean keeps(ReportForm form) {
        var actor = policy.requireActor();
        return (actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN))
                && policy.scopeOf(actor).contains(root(form).path());
    }

    private ReportForm saveDefinition(ReportForm form, Definition d, int expectedVersion, String summary) {
        if (!repository.updateForm(
                form.id(),
                expectedVersion,
                form.title(),
                d,
                form.assignTypes(),
                form.deadline(),
                form.graceDays(),
                form.lockAfterDays())) {
            throw new ConflictException("report.form.changedMeanwhile");
        }
        events.publishEvent(new FormDefined(form.id(), form.campaignId(), summary));
        return systemGet(form.id());
    }

    private ReportForm requireKept(long formId) {
        ReportForm form = systemGet(formId);
        campaigns.get(form.campaignId());
        requireKeeper(root(form));
        return form;
    }

    private void requireKeeper(OrgUnit root) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        policy.requireVisible(root.path(), "org_unit:" + root.code());
    }

    /** The territory a campaign's committee serves: its parent (the district), or itself at the top. */
    private OrgUnit territory(Campaign c) {
        return territories.of(c);
    }
}
