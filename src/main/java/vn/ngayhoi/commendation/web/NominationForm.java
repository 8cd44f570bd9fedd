package vn.ngayhoi.commendation.web;

import vn.ngayhoi.commendation.Nomination;
import vn.ngayhoi.commendation.Nominations;

/** The nomination form as posted; numbers kept as typed so a wrong one comes back as it was. */
public record NominationForm(
        String kind,
        String name,
        String gender,
        String birthYear,
        String position,
        String address,
        String womenPercent,
        String achievement,
        String awardType) {

    static NominationForm empty() {
        return new NominationForm("INDIVIDUAL", "", "", "", "", "", "", "", "");
    }

    static NominationForm of(Nomination n) {
        return new NominationForm(
                n.kind().name(),
                n.name(),
                n.gender() == null ? "" : n.gender(),
                n.birthYear() == null ? "" : n.birthYear().toString(),
                n.position() == null ? "" : n.position(),
                n.address() == null ? "" : n.address(),
                n.womenPercent() == null ? "" : n.womenPercent().toString(),
                n.achievement(),
                n.awardTypeCode());
    }

    Nominations.Input input() {
        return new Nominations.Input(
                kind,
                null,
                name,
                gender,
                number(birthYear),
                position,
                address,
                number(womenPercent),
                achievement,
                awardType);
    }

    /** A number as typed; text that is not one becomes an impossible value so the service names the field. */
    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
