package vn.ngayhoi.shared.web;

import java.util.List;

/** Accounts to offer on the sign-in page; only the demo scenario provides them. */
public interface LoginHints {

    /** The shared demo password, or empty when there is nothing to show. */
    String password();

    List<Hint> accounts();

    /** A username with a label saying who it is. */
    record Hint(String username, String roleKey, String description) {}
}
