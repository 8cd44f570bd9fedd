package vn.ngayhoi.register;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.internal.SignOffStore;
import vn.ngayhoi.shared.AuditableEvent;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * Sign-off before issue for every document kind without a workflow of its own (ADR 0018): the
 * officers draft and submit; the head of the issuing unit (a {@link Role#LEADER} of the unit that
 * acts for the register, the district for its committee; see {@link #signingUnit}) approves or
 * returns with a reason; only an
 * approved document is issued, and only as it was approved: the submission records a fingerprint of
 * the draft, and a draft that changed since must be submitted again. Kinds check their own scope
 * before calling; {@link DocumentIssuing} refuses a source whose sign-off is not approved.
 */
@Service
public class SignOffs {

    private final SignOffStore store;
    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignOffs(
            SignOffStore store,
            OrgUnitManagement units,
            AccountManagement accounts,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.units = units;
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** A step of a sign-off, for the audit trail, notices and to-do lists. */
    public record SignOffMoved(
            String source,
            long registerUnitId,
            String subject,
            String pagePath,
            SignOffStatus to,
            String reason,
            String by)
            implements AuditableEvent {
        public String action() {
            return "DOCUMENT_" + to.name();
        }

        public String target() {
            return source;
        }

        public String summary() {
            return reason == null ? subject : subject + ": " + reason;
        }
    }

    /** The draft's fingerprint: what the signer approves is what is issued (number and date aside). */
    public static String fingerprint(OfficialDocument draft) {
        return Hashes.sha256(draft.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a draft's sign-off (a source opened before keeps its state). */
    @Transactional
    public SignOff open(String source, long registerUnitId, String subject, String pagePath) {
        return store.open(source, registerUnitId, subject, pagePath, by(), OffsetDateTime.now(clock));
    }

    /** The sign-off of a source, if opened. Not scoped: callers check the document. */
    public Optional<SignOff> find(String source) {
        return store.find(source);
    }

    /** 409 unless the drafter may still change the document. */
    public void requireEditable(String source) {
        SignOff s = store.find(source).orElseThrow();
        if (!s.status().editable()) {
            throw new ConflictException("signoff.notEditable." + s.status());
        }
    }

    /** The list's subject follows an edited draft. */
    @Transactional
    public void retitle(String source, String subject) {
        store.retitle(source, subject);
    }

    /**
     * The officers hand the draft to the signer; edits close until it is returned. An approved
     * document whose draft changed since (the festival moved, say) is submitted again the same way.
     */
    @Transactional
    public SignOff submit(String source, int expectedVersion, OfficialDocument draft) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        SignOff s = store.find(source).orElseThrow();
        if (s.status() == SignOffStatus.APPROVED
                && fingerprint(draft).equals(store.fingerprint(source).orElse(null))) {
            throw new ConflictException("signoff.stateNow.APPROVED");
        }
        return move(
                s,
                expectedVersion,
                List.of(SignOffStatus.DRAFT, SignOffStatus.RETURNED, SignOffStatus.APPROVED),
                SignOffStatus.SUBMITTED,
                null,
                fingerprint(draft));
    }

    /** The signer approves what was submitted. */
    @Transactional
    public SignOff approve(String source, int expectedVersion) {
        SignOff s = store.find(source).orElseThrow();
        requireSigner(s);
        return move(s, expectedVersion, List.of(SignOffStatus.SUBMITTED), SignOffStatus.APPROVED, null, null);
    }

    /** The signer returns it with a reason the officers read; they fix and submit again. */
    @Transactional
    public SignOff sendBack(String source, int expectedVersion, String reason) {
        SignOff s = store.find(source).orElseThrow();
        requireSigner(s);
        String clean = Texts.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw ValidationException.of("reason", "signoff.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw ValidationException.of("reason", "signoff.reasonTooLong");
        }
        return move(s, expectedVersion, List.of(SignOffStatus.SUBMITTED), SignOffStatus.RETURNED, clean, null);
    }

    /** 409 unless the document is approved and its draft is still the one approved. */
    public void requireApprovedAsShown(String source, OfficialDocument draft) {
        SignOff s = store.find(source).orElseThrow(() -> new ConflictException("signoff.stateNow.DRAFT"));
        if (s.status() != SignOffStatus.APPROVED) {
            throw new ConflictException("signoff.stateNow." + s.status());
        }
        if (!fingerprint(draft).equals(store.fingerprint(source).orElse(null))) {
            throw new ConflictException("signoff.changedSinceApproval");
        }
    }

    /** Start-up only (demo): submitted and approved at once, as the signer did on paper. */
    @Transactional
    public SignOff systemApprove(String source, OfficialDocument draft) {
        SignOff s = store.find(source).orElseThrow();
        SignOff submitted = move(
                s,
                s.version(),
                List.of(SignOffStatus.DRAFT, SignOffStatus.RETURNED),
                SignOffStatus.SUBMITTED,
                null,
                fingerprint(draft));
        return move(
                submitted, submitted.version(), List.of(SignOffStatus.SUBMITTED), SignOffStatus.APPROVED, null, null);
    }

    /** Whether the account signs for the register unit: a leader of the unit that acts for it. */
    public boolean maySign(Actor actor, SignOff s) {
        return actor.has(Role.LEADER) && actor.unitId() == signingUnit(s.registerUnitId());
    }

    /**
     * The unit whose head signs the register unit's documents: the unit that acts for the register
     * (a committee's district), or, when nobody there has a leader's account (a village, a school
     * not yet in the system), the nearest unit above that has one, so a document never waits for a
     * signer who cannot sign in.
     */
    public long signingUnit(long registerUnitId) {
        OrgUnit acting = units.systemFindById(
                        units.systemFindById(registerUnitId).orElseThrow().actingUnitId())
                .orElseThrow();
        for (OrgUnit at = acting;
                at != null;
                at = at.parentId() == null
                        ? null
                        : units.systemFindById(at.parentId()).orElse(null)) {
            if (!accounts.systemAccountsOfUnit(at.id(), Role.LEADER).isEmpty()) {
                return at.id();
            }
        }
        return acting.id();
    }

    private void requireSigner(SignOff s) {
        Actor actor = policy.requireActor();
        if (!maySign(actor, s)) {
            throw new AccessDeniedException("not the signer of " + s.source());
        }
    }

    private SignOff move(
            SignOff s,
            int expectedVersion,
            List<SignOffStatus> from,
            SignOffStatus to,
            String reason,
            String fingerprint) {
        if (!store.move(s.source(), expectedVersion, from, to, reason, fingerprint, by(), OffsetDateTime.now(clock))) {
            SignOff now = store.find(s.source()).orElseThrow();
            throw new ConflictException(
                    now.version() != expectedVersion && from.contains(now.status())
                            ? "signoff.changedMeanwhile"
                            : "signoff.stateNow." + now.status());
        }
        SignOff moved = store.find(s.source()).orElseThrow();
        events.publishEvent(
                new SignOffMoved(s.source(), s.registerUnitId(), moved.subject(), s.pagePath(), to, reason, by()));
        return moved;
    }

    private String by() {
        return policy.currentActor().map(Actor::username).orElse("system");
    }
}
