package vn.ngayhoi.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.budget.BudgetEvents.GiftChanged;
import vn.ngayhoi.budget.internal.GiftRepository;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;

/**
 * Gift lists per festival (quà tặng): who receives what, of what value, handed by which of the
 * leaders assigned to the festival, and when. The festival's scope is the list's; its totals become
 * the estimate's gift lines ({@link Estimates#addGiftLines}).
 */
@Service
public class Gifts {

    static final Set<String> KINDS = Set.of("PERSON", "COLLECTIVE");
    static final List<String> CATEGORIES = List.of("MOVEMENT_FAMILY", "POLICY", "EXEMPLARY", "OTHER");
    static final long MAX_VALUE = 100_000_000L;

    private final GiftRepository gifts;
    private final FestivalManagement festivals;
    private final vn.ngayhoi.festival.FestivalLeaders leaders;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Gifts(
            GiftRepository gifts,
            FestivalManagement festivals,
            vn.ngayhoi.festival.FestivalLeaders leaders,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gifts = gifts;
        this.festivals = festivals;
        this.leaders = leaders;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public record GiftList(Festival festival, List<Gift> gifts, List<Long> leaders) {
        public long total() {
            return gifts.stream().mapToLong(Gift::value).sum();
        }

        public long handedTotal() {
            return gifts.stream()
                    .filter(g -> g.handedOn() != null)
                    .mapToLong(Gift::value)
                    .sum();
        }
    }

    /** The festival's list; 404 outside the account's scope (the festival's own rule). */
    public GiftList of(long festivalId) {
        Festival f = festivals.get(festivalId);
        return new GiftList(f, gifts.ofFestival(f.id()), leaders.leaders(f.id()));
    }

    public record NewGift(
            String recipient, String recipientKind, String category, String kind, Long value, Long giverUserId) {}

    @Transactional
    public Gift add(long festivalId, NewGift g) {
        Festival f = festivals.get(festivalId);
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE);
        return add(f, g, policy.requireActor().username());
    }

    /** Start-up only (demo). */
    @Transactional
    public Gift systemAdd(long festivalId, NewGift g, LocalDate handedOn) {
        Festival f = festivals.systemFind(festivalId).orElseThrow();
        Gift added = add(f, g, "system");
        if (handedOn != null) {
            gifts.markHanded(added.id(), handedOn);
        }
        return added;
    }

    private Gift add(Festival f, NewGift g, String by) {
        List<Problem> p = new ArrayList<>();
        String recipient = Texts.clean(g.recipient());
        if (recipient == null || recipient.isEmpty() || recipient.length() > 300) {
            p.add(new Problem("recipient", "budget.gift.recipient.required", 300));
        }
        String kind = Texts.clean(g.kind());
        if (kind == null || kind.isEmpty() || kind.length() > 200) {
            p.add(new Problem("kind", "budget.gift.kind.required", 200));
        }
        if (g.recipientKind() == null || !KINDS.contains(g.recipientKind())) {
            p.add(new Problem("recipientKind", "budget.gift.recipientKind.invalid"));
        }
        if (g.category() == null || !CATEGORIES.contains(g.category())) {
            p.add(new Problem("category", "budget.gift.category.invalid"));
        }
        if (g.value() == null || g.value() < 0 || g.value() > MAX_VALUE) {
            p.add(new Problem("value", "budget.gift.value.range", MAX_VALUE));
        }
        if (g.giverUserId() == null || !leaders.systemLeaders(f.id()).contains(g.giverUserId())) {
            p.add(new Problem("giverUserId", "budget.gift.giver.notAssigned"));
        }
        if (!p.isEmpty()) {
            throw new ValidationException(p);
        }
        long id = gifts.insert(
                f.id(),
                recipient,
                g.recipientKind(),
                g.category(),
                kind,
                g.value(),
                g.giverUserId(),
                by,
                OffsetDateTime.now(clock));
        events.publishEvent(
                new GiftChanged(id, f.id(), "BUDGET_GIFT_ADDED", recipient + ": " + kind + ", " + g.value() + " đ"));
        return gifts.ofFestival(f.id()).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Marks a gift handed today; a second press answers 409. */
    @Transactional
    public void handed(long giftId) {
        long festivalId = gifts.festivalOf(giftId).orElseThrow(() -> new NotFoundException("budget_gift#" + giftId));
        festivals.get(festivalId);
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE);
        if (!gifts.markHanded(giftId, LocalDate.now(clock))) {
            throw new ConflictException("budget.gift.handedAlready");
        }
        events.publishEvent(new GiftChanged(giftId, festivalId, "BUDGET_GIFT_HANDED", "gift " + giftId));
    }
}
