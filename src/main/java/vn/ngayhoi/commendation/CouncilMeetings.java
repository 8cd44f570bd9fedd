package vn.ngayhoi.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.commendation.CommendationDocuments.Issuer;
import vn.ngayhoi.commendation.CommendationDocuments.VoteRow;
import vn.ngayhoi.commendation.CommendationEvents.CouncilMet;
import vn.ngayhoi.commendation.CommendationRounds.CouncilMember;
import vn.ngayhoi.commendation.internal.DecisionRepository;
import vn.ngayhoi.commendation.internal.DecisionRepository.Meeting;
import vn.ngayhoi.commendation.internal.NominationRepository;
import vn.ngayhoi.commendation.internal.RoundRepository;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;

/**
 * The council's meeting: attendance against the round's quorum, the votes per accepted nomination as
 * counts, the result by the round's pass share, and the Biên bản ("Số: NN/BB-HĐTĐKT") issued through
 * the one issuing service. A meeting below quorum is recorded, votes nothing and issues no minutes;
 * the chairman cannot decide on it.
 */
@Service
public class CouncilMeetings {

    /** The votes on one nomination. */
    public record Votes(int inFavour, int against) {}

    /** A meeting as the pages show it. */
    public record MeetingView(
            long id,
            LocalDate heldOn,
            int members,
            int present,
            boolean quorate,
            String numberLine,
            Long documentId,
            List<DecisionRepository.Vote> votes) {}

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final DecisionRepository decisions;
    private final CommendationRounds roundService;
    private final CommendationAccess access;
    private final vn.ngayhoi.document.Speakers speakers;
    private final DocumentIssuing issuing;
    private final OrgUnitManagement units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CouncilMeetings(
            RoundRepository rounds,
            NominationRepository nominations,
            DecisionRepository decisions,
            CommendationRounds roundService,
            CommendationAccess access,
            vn.ngayhoi.document.Speakers speakers,
            DocumentIssuing issuing,
            OrgUnitManagement units,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.decisions = decisions;
        this.roundService = roundService;
        this.access = access;
        this.speakers = speakers;
        this.issuing = issuing;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    public Optional<MeetingView> last(long roundId) {
        access.round(roundId);
        return decisions.lastMeeting(roundId).map(this::view);
    }

    private MeetingView view(Meeting m) {
        return new MeetingView(
                m.id(),
                m.heldOn(),
                m.members(),
                m.present(),
                m.quorate(),
                m.numberLine(),
                m.documentId(),
                decisions.votes(m.id()));
    }

    /**
     * Records a meeting held today with {@code present} members and the votes per accepted
     * nomination (keyed by nomination id); the standing office or the vetting department records it.
     */
    @Transactional
    public MeetingView record(long roundId, int present, List<String> presentNames, Map<Long, Votes> votes) {
        Round r = access.round(roundId);
        access.require(access.runs(access.actor(), r));
        return record(
                r,
                LocalDate.now(clock),
                present,
                presentNames,
                votes,
                access.actor().username());
    }

    @Transactional
    public MeetingView systemRecord(
            long roundId, LocalDate on, int present, List<String> presentNames, Map<Long, Votes> votes, String by) {
        return record(rounds.find(roundId).orElseThrow(), on, present, presentNames, votes, by);
    }

    private MeetingView record(
            Round r, LocalDate on, int present, List<String> presentNames, Map<Long, Votes> votes, String by) {
        rounds.lock(r.id());
        if (r.decided()) {
            throw new ConflictException("commendation.round.decided");
        }
        List<CouncilMember> members = roundService.members(r.id());
        if (members.isEmpty()) {
            throw ValidationException.of("members", "commendation.council.none");
        }
        if (present < 0 || present > members.size()) {
            throw ValidationException.of("present", "commendation.council.present", members.size());
        }
        boolean quorate = r.quorate(present, members.size());
        List<Nomination> accepted = nominations.ofRound(r.id(), null).stream()
                .filter(n -> n.status() == NominationStatus.ACCEPTED)
                .toList();
        List<Problem> problems = new ArrayList<>();
        for (Long id : votes.keySet()) {
            if (accepted.stream().noneMatch(n -> n.id() == id)) {
                problems.add(new Problem("votes", "commendation.council.notAccepted", id));
            }
        }
        for (Map.Entry<Long, Votes> v : votes.entrySet()) {
            Votes c = v.getValue();
            if (c.inFavour() < 0 || c.against() < 0 || c.inFavour() + c.against() > present) {
                problems.add(new Problem("votes", "commendation.council.votes", present));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long meetingId =
                decisions.insertMeeting(r.id(), on, members.size(), present, quorate, by, OffsetDateTime.now(clock));
        String numberLine = null;
        if (quorate) {
            List<VoteRow> rows = new ArrayList<>();
            for (Nomination n : accepted) {
                Votes c = votes.getOrDefault(n.id(), new Votes(0, 0));
                boolean passed = r.passes(c.inFavour(), present);
                decisions.insertVote(meetingId, n.id(), c.inFavour(), c.against(), passed);
                rows.add(new VoteRow(n.name(), n.awardTypeName(), c.inFavour(), c.against(), passed));
            }
            Issuer issuer = Issuer.of(
                    speakers.council(units.systemFindById(r.authorityUnitId()).orElseThrow()));
            String chair = members.stream()
                    .filter(m -> m.role().equals("CHAIR"))
                    .map(CouncilMember::name)
                    .findFirst()
                    .orElse(members.get(0).name());
            List<String> names = presentNames == null ? List.of() : presentNames;
            IssuedDocument doc = issuing.issue(new IssueRequest(
                    r.vettingUnitId(),
                    on,
                    DocumentType.MINUTES,
                    issuer.abbreviation(),
                    "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng: " + r.title(),
                    chair,
                    "CHỦ TỊCH HỘI ĐỒNG",
                    List.of("Chủ tịch UBND (để b/c)", "Thành viên Hội đồng", "Lưu: VT, NV"),
                    List.of(r.authorityUnitId()),
                    "commendation-meeting:" + meetingId,
                    null,
                    by,
                    number -> CommendationDocuments.minutes(
                            issuer, on, r.title(), members.size(), present, names, rows, chair, number.line())));
            decisions.setMeetingDocument(meetingId, doc.id(), doc.number().line());
            numberLine = doc.number().line();
        }
        events.publishEvent(new CouncilMet(meetingId, r.id(), present, members.size(), quorate, numberLine));
        return view(decisions.lastMeeting(r.id()).orElseThrow());
    }
}
