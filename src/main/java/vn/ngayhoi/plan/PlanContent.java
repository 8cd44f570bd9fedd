package vn.ngayhoi.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as data (DOMAIN §5). Section bodies use the small markup of the document module
 * (paragraphs, "- "/"+ " bullets, **bold**, *italic*); everything else is structured.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanContent(
        String parentBody,
        String issuingBody,
        String issuerAbbreviation,
        String place,
        String subject,
        List<Citation> citations,
        String preamble,
        List<Section> sections,
        List<Responsibility> responsibilities,
        List<Recipient> recipients,
        Signature signature,
        List<CeremonyStep> ceremonySteps,
        List<String> festivalActivities,
        BannerText banner) {

    public PlanContent {
        citations = citations == null ? List.of() : List.copyOf(citations);
        sections = sections == null ? List.of() : List.copyOf(sections);
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        ceremonySteps = ceremonySteps == null ? List.of() : List.copyOf(ceremonySteps);
        festivalActivities = festivalActivities == null ? List.of() : List.copyOf(festivalActivities);
    }

    /** A cited document in the căn cứ. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Citation(String text) {}

    /** One section: {@code parent} is the Roman-numbered part it opens ("II. NỘI DUNG THỰC HIỆN"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String key, String heading, String parent, String body) {}

    /**
     * One item of "III. Tổ chức thực hiện": a unit (by code or name) or a group of units
     * ({@code COMMUNES}, {@code COMMITTEE_MEMBERS}), its duties and due dates. These become tasks.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * An item of "III. Tổ chức thực hiện". {@code completedBy} names what completes the tasks made
     * from it without anyone ticking them (the task module's codes: OWN_PLAN_ISSUED,
     * FESTIVAL_REGISTERED, REPORT_ACCEPTED); empty when only the unit can say it is done.
     */
    public record Responsibility(
            int number,
            String heading,
            String group,
            List<String> unitCodes,
            List<String> unitNames,
            String body,
            List<LocalDate> dueDates,
            List<String> completedBy) {

        public Responsibility {
            completedBy = completedBy == null ? List.of() : List.copyOf(completedBy);
        }
    }

    /** A Nơi nhận line; {@code unitId} when the recipient is a unit in the system (it gets the plan in its inbox). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recipient(String text, String unitName, String purpose, Long unitId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signature(String authority, String title, String secondTitle, String signerName) {}

    /** The signature block every document issued under this plan's header carries. */
    public vn.ngayhoi.document.OfficialDocument.Signature officialSignature() {
        Signature s = signature;
        return s == null
                ? new vn.ngayhoi.document.OfficialDocument.Signature(null, "", null, null)
                : new vn.ngayhoi.document.OfficialDocument.Signature(
                        s.authority(), s.title(), s.secondTitle(), s.signerName());
    }

    /** The issuer's abbreviation in document numbers ({@code BCĐ} when the plan names none). */
    public String abbreviationOrDefault() {
        return issuerAbbreviation == null || issuerAbbreviation.isBlank() ? "BCĐ" : issuerAbbreviation;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CeremonyStep(String title, boolean optional) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BannerText(String organiser, String title, String subtitle, String placeDate) {}

    public PlanContent withSections(List<Section> newSections) {
        return new PlanContent(
                parentBody,
                issuingBody,
                issuerAbbreviation,
                place,
                subject,
                citations,
                preamble,
                newSections,
                responsibilities,
                recipients,
                signature,
                ceremonySteps,
                festivalActivities,
                banner);
    }

    public PlanContent withSubject(String newSubject) {
        return new PlanContent(
                parentBody,
                issuingBody,
                issuerAbbreviation,
                place,
                newSubject,
                citations,
                preamble,
                sections,
                responsibilities,
                recipients,
                signature,
                ceremonySteps,
                festivalActivities,
                banner);
    }

    public PlanContent withRecipients(List<Recipient> newRecipients) {
        return new PlanContent(
                parentBody,
                issuingBody,
                issuerAbbreviation,
                place,
                subject,
                citations,
                preamble,
                sections,
                responsibilities,
                newRecipients,
                signature,
                ceremonySteps,
                festivalActivities,
                banner);
    }

    public PlanContent withSignature(Signature newSignature) {
        return new PlanContent(
                parentBody,
                issuingBody,
                issuerAbbreviation,
                place,
                subject,
                citations,
                preamble,
                sections,
                responsibilities,
                recipients,
                newSignature,
                ceremonySteps,
                festivalActivities,
                banner);
    }
}
