package vn.ngayhoi.shared.security;

/** Role codes; these names are a contract of the API and of the database. */
public enum Role {
    /** Quản trị hệ thống: administers units and accounts everywhere. */
    ADMIN,
    /** Thường trực BCĐ: runs the campaign in its subtree. */
    STANDING_OFFICE,
    /** Cán bộ đơn vị. */
    UNIT_OFFICER,
    /** Cán bộ phòng, ban, ngành. */
    DEPARTMENT_OFFICER,
    /** Lãnh đạo: reads the subtree, approves and signs. */
    LEADER,
    /** Reads only. */
    VIEWER;

    public String messageKey() {
        return "role." + name();
    }
}
