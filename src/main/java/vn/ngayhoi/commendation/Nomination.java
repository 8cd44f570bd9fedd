package vn.ngayhoi.commendation;

import java.time.LocalDate;

/**
 * A nomination as the pages and the API show it. {@code personal} says whether the reader may see
 * the individual's personal fields (gender, year of birth, position, address); when false they
 * are null.
 */
public record Nomination(
        long id,
        long roundId,
        long unitId,
        String unitCode,
        String unitName,
        String unitPath,
        NomineeKind kind,
        Long nomineeUnitId,
        String name,
        String gender,
        Integer birthYear,
        String position,
        String address,
        Integer womenPercent,
        String achievement,
        long awardTypeId,
        String awardTypeCode,
        String awardTypeName,
        Long citesReportId,
        Long citesFestivalId,
        NominationStatus status,
        String reason,
        Long submissionId,
        LocalDate receivedOn,
        LocalDate dueOn,
        boolean disciplinePending,
        String disciplineNote,
        int version,
        String citedSummary,
        boolean personal) {

    /** NĐ 152 asks for preference to women and to collectives of at least 70 % women. */
    public boolean womenMarked() {
        return switch (kind) {
            case COLLECTIVE -> womenPercent != null && womenPercent >= 70;
            case INDIVIDUAL, HOUSEHOLD -> "NU".equals(gender);
        };
    }

    /** Whether vetting is late on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == NominationStatus.SUBMITTED && dueOn != null && today.isAfter(dueOn);
    }

    /** The same nomination with an individual's personal fields taken out. */
    public Nomination withoutPersonal() {
        if (kind == NomineeKind.COLLECTIVE) {
            return new Nomination(
                    id,
                    roundId,
                    unitId,
                    unitCode,
                    unitName,
                    unitPath,
                    kind,
                    nomineeUnitId,
                    name,
                    gender,
                    birthYear,
                    position,
                    address,
                    womenPercent,
                    achievement,
                    awardTypeId,
                    awardTypeCode,
                    awardTypeName,
                    citesReportId,
                    citesFestivalId,
                    status,
                    reason,
                    submissionId,
                    receivedOn,
                    dueOn,
                    disciplinePending,
                    disciplineNote,
                    version,
                    citedSummary,
                    true);
        }
        return new Nomination(
                id,
                roundId,
                unitId,
                unitCode,
                unitName,
                unitPath,
                kind,
                nomineeUnitId,
                name,
                null,
                null,
                null,
                null,
                womenPercent,
                achievement,
                awardTypeId,
                awardTypeCode,
                awardTypeName,
                citesReportId,
                citesFestivalId,
                status,
                reason,
                submissionId,
                receivedOn,
                dueOn,
                disciplinePending,
                null,
                version,
                citedSummary,
                false);
    }
}
