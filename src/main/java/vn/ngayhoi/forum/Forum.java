package vn.ngayhoi.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.forum.ForumEvents.OpinionAnswered;
import vn.ngayhoi.forum.ForumEvents.OpinionModerated;
import vn.ngayhoi.forum.ForumEvents.OpinionReceived;
import vn.ngayhoi.forum.ForumEvents.OpinionRouted;
import vn.ngayhoi.forum.internal.OpinionRepository;
import vn.ngayhoi.forum.internal.OpinionRepository.NewOpinion;
import vn.ngayhoi.forum.internal.OpinionRepository.Topic;
import vn.ngayhoi.forum.internal.TrackingCodes;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * The forum as staff work it: the opinions of their subtree (and those escalated to their unit),
 * answering, the head's approval, routing to another unit, publishing and hiding, and recording
 * what people said at a festival's forum session. Every read and write goes through the access
 * policy; an opinion outside the scope answers 404.
 */
@Service
public class Forum {

    /** Why a moderator hides an opinion; the label is what the trail and the page show. */
    public enum HideReason {
        OFFENSIVE,
        DUPLICATE,
        PERSONAL_DATA,
        NOT_FOR_PUBLICATION;

        public String messageKey() {
            return "forum.hide." + name();
        }
    }

    /** One opinion said aloud at a forum session; the speaker may stay unnamed. */
    public record Spoken(String speaker, String topicCode, String text) {}

    static final int TEXT_MAX = 5000;
    static final int LIST_MAX = 500;

    private final OpinionRepository opinions;
    private final UnitPicker picker;
    private final FestivalManagement festivals;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int answerDays;
    private final boolean approvalRequired;

    Forum(
            OpinionRepository opinions,
            UnitPicker picker,
            FestivalManagement festivals,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ngayhoi.forum.answer-days:15}") int answerDays,
            @Value("${ngayhoi.forum.answer-approval:true}") boolean approvalRequired) {
        this.opinions = opinions;
        this.picker = picker;
        this.festivals = festivals;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.answerDays = answerDays;
        this.approvalRequired = approvalRequired;
    }

    public List<Topic> topics() {
        return opinions.activeTopics();
    }

    /** How many days a unit has to answer, counted from the day an opinion arrives. */
    public int answerDays() {
        return answerDays;
    }

    /**
     * Opinions in scope, optionally of one unit's subtree (a code or a name), one status and one
     * topic code; open ones first, by due date.
     */
    public List<Opinion> list(String unit, String status, String topic) {
        Filter f = filter(unit, status, topic);
        return opinions.list(f.scope(), f.unitPath(), f.status(), f.topic(), LIST_MAX);
    }

    /**
     * One page of {@link #list}'s opinions, with how many match (two statements, issue 20): waiting
     * ones first as the page lists them, or in id order for the API ({@code byId}).
     */
    public vn.ngayhoi.shared.Slice<Opinion> page(
            String unit, String status, String topic, boolean byId, long offset, int limit) {
        Filter f = filter(unit, status, topic);
        return opinions.page(f.scope(), f.unitPath(), f.status(), f.topic(), byId, offset, limit);
    }

    private record Filter(String scope, String unitPath, String status, String topic) {}

    private Filter filter(String unit, String status, String topic) {
        Scope scope = policy.currentScope();
        String unitPath = null;
        if (unit != null && !unit.isBlank()) {
            unitPath = picker.filter("unit", unit, today()).path();
        }
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase();
        if (s != null) {
            try {
                OpinionStatus.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("status", "forum.status.invalid", status);
            }
        }
        String t = topic == null || topic.isBlank() ? null : topic.strip();
        return new Filter(scope.pathPrefix(), unitPath, s, t);
    }

    /** One opinion in scope: of a unit in the subtree, or escalated to one. */
    public Opinion get(long id) {
        Opinion o = opinions.find(id).orElseThrow(() -> new NotFoundException("opinion#" + id));
        Actor actor = policy.requireActor();
        if (!visible(actor, o)) {
            throw policy.refuse(actor, "opinion:" + id);
        }
        return o;
    }

    public List<OpinionRepository.Attachment> photos(long id) {
        get(id);
        return opinions.attachments(id);
    }

    private boolean visible(Actor actor, Opinion o) {
        return policy.canSee(actor, o.unitPath())
                || (o.escalatedUnitPath() != null && policy.canSee(actor, o.escalatedUnitPath()));
    }

    /**
     * Answers an open opinion. With approval required, an officer's answer waits for the head of the
     * unit (a leader in scope); a leader's own answer goes out at once.
     */
    @Transactional
    public Opinion answer(long id, String text, int expectedVersion) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.LEADER);
        Opinion o = get(id);
        String clean = Texts.clean(text);
        if (clean == null || clean.isEmpty() || clean.length() > TEXT_MAX) {
            throw ValidationException.of("text", "forum.answer.required", TEXT_MAX);
        }
        if (!o.status().open()) {
            throw new ConflictException("forum.answer.closed");
        }
        Actor actor = policy.requireActor();
        boolean leader = actor.has(Role.LEADER);
        OpinionStatus to = approvalRequired && !leader ? OpinionStatus.PENDING_APPROVAL : OpinionStatus.ANSWERED;
        if (!opinions.answer(
                id, expectedVersion, clean, to, actor.username(), leader ? actor.username() : null, now())) {
            throw new ConflictException("forum.changedMeanwhile");
        }
        events.publishEvent(new OpinionAnswered(id, o.unitId(), to));
        return opinions.find(id).orElseThrow();
    }

    /** The head of the unit approves the waiting answer, which the citizen can then read. */
    @Transactional
    public Opinion approve(long id, int expectedVersion) {
        policy.requireAnyRole(Role.LEADER);
        Opinion o = get(id);
        if (o.status() != OpinionStatus.PENDING_APPROVAL) {
            throw new ConflictException("forum.approve.nothing");
        }
        if (!opinions.approve(id, expectedVersion, policy.requireActor().username(), now())) {
            throw new ConflictException("forum.changedMeanwhile");
        }
        events.publishEvent(new OpinionAnswered(id, o.unitId(), OpinionStatus.ANSWERED));
        return opinions.find(id).orElseThrow();
    }

    /** The standing office sends an unanswered opinion to the unit that should answer it, with a reason. */
    @Transactional
    public Opinion route(long id, String unitCode, String reason, int expectedVersion) {
        policy.requireAnyRole(Role.STANDING_OFFICE);
        Opinion o = get(id);
        List<Problem> problems = new ArrayList<>();
        String why = Texts.clean(reason);
        if (why == null || why.isEmpty() || why.length() > 500) {
            problems.add(new Problem("reason", "forum.route.reason"));
        }
        OrgUnit to = null;
        try {
            to = picker.pick("unitCode", unitCode, today());
            if (to.id() == o.unitId()) {
                problems.add(new Problem("unitCode", "forum.route.same", to.name()));
            }
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (o.status() != OpinionStatus.RECEIVED) {
            throw new ConflictException("forum.route.answered");
        }
        // The citizen's deadline stays: a move between offices does not give the state more time.
        if (!opinions.route(id, expectedVersion, to.id(), o.dueDate(), now())) {
            throw new ConflictException("forum.changedMeanwhile");
        }
        opinions.recordRoute(id, o.unitId(), to.id(), why, policy.requireActor().username(), now());
        events.publishEvent(new OpinionRouted(id, o.unitId(), to.id(), to.code(), why));
        return opinions.find(id).orElseThrow();
    }

    /**
     * Publishes an answered opinion: the question as the citizen wrote it, minus what the moderator
     * took out ({@code question}, which must not be empty), and the answer.
     */
    @Transactional
    public Opinion publish(long id, String question, int expectedVersion) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER);
        Opinion o = get(id);
        String clean = Texts.clean(question);
        if (clean == null || clean.isEmpty() || clean.length() > TEXT_MAX) {
            throw ValidationException.of("question", "forum.publish.question", TEXT_MAX);
        }
        if (o.status() != OpinionStatus.ANSWERED) {
            throw new ConflictException("forum.publish.notAnswered");
        }
        if (!opinions.publish(id, expectedVersion, clean, now())) {
            throw new ConflictException("forum.changedMeanwhile");
        }
        events.publishEvent(new OpinionModerated(id, false, clean.equals(o.text()) ? null : "đăng, đã lược bớt"));
        return opinions.find(id).orElseThrow();
    }

    /** Hides an opinion from every public page, with the reason kept on record. */
    @Transactional
    public Opinion hide(long id, HideReason reason, String note, int expectedVersion) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER);
        Opinion o = get(id);
        if (reason == null) {
            throw ValidationException.of("reason", "forum.hide.reasonRequired");
        }
        String extra = Texts.clean(note);
        if (extra != null && extra.length() > 500) {
            throw ValidationException.of("note", "forum.field.tooLong", 500);
        }
        String label = reason.name() + (extra == null || extra.isEmpty() ? "" : ": " + extra);
        if (o.status() == OpinionStatus.HIDDEN || !opinions.hide(id, expectedVersion, label, now())) {
            throw new ConflictException("forum.changedMeanwhile");
        }
        events.publishEvent(new OpinionModerated(id, true, label));
        return opinions.find(id).orElseThrow();
    }

    /**
     * Records what people said at a festival's forum session, several at once; an empty row is
     * skipped, and one bad row refuses them all.
     */
    @Transactional
    public List<Long> recordAtForum(long festivalId, List<Spoken> spoken) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.LEADER);
        Festival festival = festivals.get(festivalId);
        List<Problem> problems = new ArrayList<>();
        List<Spoken> rows = spoken == null
                ? List.of()
                : spoken.stream()
                        .filter(s -> s != null
                                && !(Texts.clean(s.text()) == null
                                        || Texts.clean(s.text()).isEmpty()))
                        .toList();
        if (rows.isEmpty()) {
            throw ValidationException.of("text0", "forum.intake.empty");
        }
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Spoken s = rows.get(i);
            Topic topic =
                    s.topicCode() == null ? null : opinions.topic(s.topicCode()).orElse(null);
            if (topic == null) {
                problems.add(new Problem("topic" + i, "forum.topic.required"));
            }
            if (Texts.clean(s.text()).length() > TEXT_MAX) {
                problems.add(new Problem("text" + i, "forum.text.tooLong", TEXT_MAX));
            }
            String speaker = Texts.clean(s.speaker());
            if (speaker != null && speaker.length() > 200) {
                problems.add(new Problem("speaker" + i, "forum.field.tooLong", 200));
            }
            topics.add(topic);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        OffsetDateTime now = now();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Spoken s = rows.get(i);
            String speaker = Texts.clean(s.speaker());
            boolean anonymous = speaker == null || speaker.isEmpty();
            long id = opinions.insert(new NewOpinion(
                    TrackingCodes.hash(TrackingCodes.fresh()),
                    "FORUM",
                    festival.unitId(),
                    festival.id(),
                    topics.get(i).id(),
                    Texts.clean(s.text()),
                    anonymous,
                    anonymous ? null : speaker,
                    null,
                    now,
                    today().plusDays(answerDays),
                    policy.requireActor().username()));
            events.publishEvent(new OpinionReceived(
                    id,
                    festival.unitId(),
                    festival.unitCode(),
                    "FORUM",
                    topics.get(i).name()));
            ids.add(id);
        }
        return ids;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
