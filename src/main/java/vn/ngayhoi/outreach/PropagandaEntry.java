package vn.ngayhoi.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One logged propaganda activity, as pages, the API and other modules see it (without the photo bytes). */
public record PropagandaEntry(
        long id,
        long campaignId,
        long unitId,
        String unitCode,
        String unitName,
        String unitPath,
        PropagandaChannel channel,
        LocalDate date,
        int count,
        Integer reach,
        String link,
        String note,
        String photoName,
        String recordedBy,
        OffsetDateTime recordedAt) {

    public boolean hasPhoto() {
        return photoName != null;
    }
}
