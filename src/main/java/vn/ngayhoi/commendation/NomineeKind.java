package vn.ngayhoi.commendation;

/** Who is nominated: a collective (a unit or a named group), a person, or a household. */
public enum NomineeKind {
    COLLECTIVE,
    INDIVIDUAL,
    HOUSEHOLD;

    public String messageKey() {
        return "commendation.kind." + name();
    }
}
