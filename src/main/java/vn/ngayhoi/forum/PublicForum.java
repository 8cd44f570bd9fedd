package vn.ngayhoi.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.forum.ForumEvents.OpinionReceived;
import vn.ngayhoi.forum.internal.OpinionRepository;
import vn.ngayhoi.forum.internal.OpinionRepository.NewOpinion;
import vn.ngayhoi.forum.internal.OpinionRepository.Topic;
import vn.ngayhoi.forum.internal.RateLimits;
import vn.ngayhoi.forum.internal.TrackingCodes;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.files.EvidenceRules;
import vn.ngayhoi.shared.files.Hashes;

/**
 * The forum as anyone on the internet sees it, without an account: sending an opinion, reading its
 * status with the tracking code, and the published answers of a place. Reads without the access
 * policy and hands out only what a citizen may see. The sender's address is used for the rate
 * limit and never stored with the opinion.
 */
@Service
public class PublicForum {

    /** The commune levels an opinion can be sent to. */
    static final List<String> COMMUNE_TYPES = List.of("COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE");

    static final int MAX_PHOTOS = 3;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .]{7,18}[0-9]");

    private final OpinionRepository opinions;
    private final OrgUnitManagement units;
    private final UnitPicker picker;
    private final FestivalManagement festivals;
    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int answerDays;
    private final long maxPhotoBytes;

    PublicForum(
            OpinionRepository opinions,
            OrgUnitManagement units,
            UnitPicker picker,
            FestivalManagement festivals,
            RateLimits limits,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ngayhoi.forum.answer-days:15}") int answerDays,
            @Value("${ngayhoi.forum.photo-max-bytes:10485760}") long maxPhotoBytes) {
        this.opinions = opinions;
        this.units = units;
        this.picker = picker;
        this.festivals = festivals;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
        this.answerDays = answerDays;
        this.maxPhotoBytes = maxPhotoBytes;
    }

    /** What a citizen sends. {@code festivalId} when the form was opened from a festival. */
    public record Submission(
            String communeCode,
            String topic,
            String text,
            boolean anonymous,
            String name,
            String contact,
            Long festivalId) {}

    /** A photo as sent. */
    public record Photo(String fileName, byte[] content) {}

    /** The answer to a sender: the code to keep, once (kept in the session for the next page). */
    public record Received(String trackingCode, LocalDate dueDate, String unitName) implements java.io.Serializable {}

    /** What the status page shows: no name, no contact, no internal note. */
    public record Status(
            OpinionStatus status,
            String unitName,
            String topicName,
            OffsetDateTime receivedAt,
            LocalDate dueDate,
            String answer,
            OffsetDateTime answeredAt) {}

    /** A published question and answer. */
    public record Published(
            String unitName, String topicName, String question, String answer, OffsetDateTime answeredAt) {}

    /** A place a citizen can pick: a commune, with the district it lies in. */
    public record Place(String code, String name, String parentName) {}

    public List<Topic> topics() {
        return opinions.activeTopics();
    }

    /** Communes whose name fits what was typed (diacritics ignored), for the picker. */
    public List<Place> communes(String typed, int limit) {
        if (typed == null || typed.isBlank() || typed.length() > 100) {
            return List.of();
        }
        return picker.systemNamed(typed, today(), 200).stream()
                .filter(u -> COMMUNE_TYPES.contains(u.typeCode()))
                .limit(limit)
                .map(u -> new Place(u.code(), u.name(), parentName(u)))
                .toList();
    }

    /**
     * The communes a typed value names: a code, a name ("son ha"), or a suggestion as the picker
     * shows it ("Xã Sơn Hà (Huyện Quan Sơn)").
     */
    private List<Place> commune(String typed) {
        if (typed.isEmpty() || typed.length() > 200) {
            return List.of();
        }
        if (typed.matches("[0-9A-Za-z_-]{1,20}")) {
            var byCode = units.systemFindByCode(typed, today())
                    .filter(u -> COMMUNE_TYPES.contains(u.typeCode()) && u.validOn(today()));
            if (byCode.isPresent()) {
                return List.of(new Place(byCode.get().code(), byCode.get().name(), parentName(byCode.get())));
            }
        }
        int open = typed.lastIndexOf(" (");
        if (open > 0 && typed.endsWith(")")) {
            String name = typed.substring(0, open);
            String parent = Texts.fold(typed.substring(open + 2, typed.length() - 1));
            List<Place> inParent = communes(name, 50).stream()
                    .filter(p ->
                            p.parentName() != null && Texts.fold(p.parentName()).equals(parent))
                    .toList();
            if (!inParent.isEmpty()) {
                return inParent;
            }
        }
        return communes(typed, 50);
    }

    /** The festival a form was opened from, if it exists. */
    public Optional<Festival> festival(Long id) {
        return id == null ? Optional.empty() : festivals.systemFind(id);
    }

    /**
     * Stores an opinion and answers its tracking code. Counted against the sender's allowance
     * first, so a flood of bad requests is limited too. Every field is checked; nothing is stored
     * unless all pass.
     */
    @Transactional
    public Received submit(Submission s, List<Photo> photos, String senderAddress) {
        limits.use(RateLimits.Bucket.SUBMIT, senderAddress);
        List<Problem> problems = new ArrayList<>();
        OrgUnit commune = null;
        Festival festival = null;
        if (s.festivalId() != null) {
            festival = festivals.systemFind(s.festivalId()).orElse(null);
            if (festival == null) {
                problems.add(new Problem("festival", "forum.festival.unknown"));
            }
        }
        if (festival != null) {
            commune = units.systemFindById(festival.unitId()).orElse(null);
        } else {
            String typed = s.communeCode() == null ? "" : s.communeCode().strip();
            List<Place> fits = commune(typed);
            if (fits.size() == 1) {
                commune = units.systemFindByCode(fits.get(0).code(), today()).orElse(null);
            } else if (fits.isEmpty()) {
                problems.add(new Problem("communeCode", "forum.commune.required"));
            } else {
                problems.add(new Problem("communeCode", "forum.commune.several", typed));
            }
        }
        Topic topic =
                s.topic() == null ? null : opinions.topic(s.topic().strip()).orElse(null);
        if (topic == null) {
            problems.add(new Problem("topic", "forum.topic.required"));
        }
        String text = Texts.clean(s.text());
        if (text == null || text.isEmpty()) {
            problems.add(new Problem("text", "forum.text.required"));
        } else if (text.length() > Forum.TEXT_MAX) {
            problems.add(new Problem("text", "forum.text.tooLong", Forum.TEXT_MAX));
        }
        String name = null;
        String contact = null;
        if (!s.anonymous()) {
            name = Texts.clean(s.name());
            contact = Texts.clean(s.contact());
            if (name == null || name.isEmpty() || name.length() > 200) {
                problems.add(new Problem("name", "forum.name.required"));
            }
            if (contact == null
                    || contact.length() > 200
                    || !(EMAIL.matcher(contact).matches()
                            || PHONE.matcher(contact).matches())) {
                problems.add(new Problem("contact", "forum.contact.invalid"));
            }
        }
        List<Photo> sent = photos == null
                ? List.of()
                : photos.stream()
                        .filter(p -> p != null && p.content() != null && p.content().length > 0)
                        .toList();
        List<EvidenceRules.Kind> kinds = new ArrayList<>();
        if (sent.size() > MAX_PHOTOS) {
            problems.add(new Problem("photos", "forum.photos.tooMany", MAX_PHOTOS));
        } else {
            for (Photo p : sent) {
                try {
                    EvidenceRules.Kind kind = EvidenceRules.check(p.fileName(), p.content(), maxPhotoBytes);
                    if (!kind.mime.startsWith("image/")) {
                        problems.add(new Problem("photos", "forum.photos.notPhoto", p.fileName()));
                    }
                    kinds.add(kind);
                } catch (ValidationException e) {
                    e.problems().forEach(pr -> problems.add(new Problem("photos", pr.messageKey(), pr.args())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String code = TrackingCodes.fresh();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate due = today().plusDays(answerDays);
        long id = opinions.insert(new NewOpinion(
                TrackingCodes.hash(code),
                "ONLINE",
                commune.id(),
                festival == null ? null : festival.id(),
                topic.id(),
                text,
                s.anonymous(),
                name,
                contact,
                now,
                due,
                null));
        for (int i = 0; i < sent.size(); i++) {
            Photo p = sent.get(i);
            opinions.attach(
                    id,
                    java.text.Normalizer.normalize(p.fileName(), java.text.Normalizer.Form.NFC),
                    kinds.get(i).mime,
                    p.content(),
                    Hashes.sha256(p.content()));
        }
        events.publishEvent(new OpinionReceived(id, commune.id(), commune.code(), "ONLINE", topic.name()));
        return new Received(code, due, commune.name());
    }

    /**
     * The status behind a tracking code. A malformed code and a code nobody holds give the same
     * empty answer, after the same hashing and look-up, and both count against the allowance.
     */
    public Optional<Status> status(String trackingCode, String senderAddress) {
        limits.use(RateLimits.Bucket.TRACK, senderAddress);
        return opinions.findByTrackingHash(TrackingCodes.hash(trackingCode))
                .filter(o -> "ONLINE".equals(o.channel()))
                .map(o -> new Status(
                        o.status(),
                        o.unitName(),
                        o.topicName(),
                        o.receivedAt(),
                        o.dueDate(),
                        o.status() == OpinionStatus.ANSWERED ? o.answer() : null,
                        o.status() == OpinionStatus.ANSWERED ? o.answeredAt() : null));
    }

    /** The territorial unit with this code, for the public record's heading. */
    public Optional<OrgUnit> place(String code) {
        if (code == null || !code.strip().matches("[0-9A-Za-z_-]{1,20}")) {
            return Optional.empty();
        }
        return units.systemFindByCode(code.strip(), today())
                .filter(u -> units.type(u.typeCode()).map(t -> t.territorial()).orElse(false));
    }

    /** Published answers under a place, newest first, optionally of one topic. */
    public List<Published> published(OrgUnit place, String topic, int limit) {
        String t = topic == null || topic.isBlank() ? null : topic.strip();
        return opinions.published(place.path(), t, limit).stream()
                .map(o -> new Published(o.unitName(), o.topicName(), o.publishedQuestion(), o.answer(), o.answeredAt()))
                .toList();
    }

    private String parentName(OrgUnit u) {
        return u.parentId() == null
                ? null
                : units.systemFindById(u.parentId()).map(OrgUnit::name).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
