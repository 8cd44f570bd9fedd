package vn.ngayhoi.shared.security;

/**
 * The part of the hierarchy an account reaches: every unit whose path starts with {@code pathPrefix}.
 * Repository queries for scoped data take it as a parameter; {@link #ALL} is the administrator's.
 */
public record Scope(String pathPrefix) {

    public static final Scope ALL = new Scope("/");
    /** Reaches nothing: the scope of an account whose unit no longer exists. */
    public static final Scope NONE = new Scope("\u0000");

    public boolean contains(String unitPath) {
        return unitPath != null && unitPath.startsWith(pathPrefix);
    }
}
