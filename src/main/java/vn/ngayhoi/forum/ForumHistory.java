package vn.ngayhoi.forum;

import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.forum.internal.OpinionRepository;
import vn.ngayhoi.forum.internal.OpinionRepository.NewOpinion;
import vn.ngayhoi.forum.internal.TrackingCodes;
import vn.ngayhoi.shared.Formats;

/**
 * Start-up only (the demo scenario): opinions as they happened, with their answers, approvals,
 * escalations and moderation already done at the times given. Not for requests.
 */
@Service
public class ForumHistory {

    private final OpinionRepository opinions;
    private final int answerDays;

    ForumHistory(OpinionRepository opinions, @Value("${ngayhoi.forum.answer-days:15}") int answerDays) {
        this.opinions = opinions;
        this.answerDays = answerDays;
    }

    /** What happened to one opinion; nulls for what did not happen. */
    public record Past(
            long unitId,
            Long festivalId,
            String topicCode,
            String text,
            String name,
            String contact,
            String channel,
            OffsetDateTime receivedAt,
            OpinionStatus status,
            String answer,
            String answeredBy,
            OffsetDateTime answeredAt,
            String approvedBy,
            String publishedQuestion,
            String hiddenReason,
            Long escalatedUnitId,
            OffsetDateTime escalatedAt,
            String recordedBy) {}

    @Transactional
    public long systemRecord(Past p) {
        long topic = opinions.topic(p.topicCode()).orElseThrow().id();
        boolean anonymous = p.name() == null && p.contact() == null;
        NewOpinion o = new NewOpinion(
                TrackingCodes.hash(TrackingCodes.fresh()),
                p.channel(),
                p.unitId(),
                p.festivalId(),
                topic,
                p.text(),
                anonymous,
                p.name(),
                p.contact(),
                p.receivedAt(),
                p.receivedAt().atZoneSameInstant(Formats.ZONE).toLocalDate().plusDays(answerDays),
                p.recordedBy());
        Opinion past = new Opinion(
                0,
                p.channel(),
                p.unitId(),
                null,
                null,
                null,
                p.festivalId(),
                p.topicCode(),
                null,
                p.text(),
                anonymous,
                p.name(),
                p.contact(),
                p.status(),
                p.receivedAt(),
                null,
                p.answer(),
                p.answeredBy(),
                p.answeredAt(),
                p.approvedBy(),
                p.publishedQuestion() != null,
                p.publishedQuestion(),
                p.hiddenReason(),
                p.escalatedUnitId(),
                null,
                null,
                p.escalatedAt(),
                p.recordedBy(),
                0,
                0);
        return opinions.insertPast(o, past);
    }
}
