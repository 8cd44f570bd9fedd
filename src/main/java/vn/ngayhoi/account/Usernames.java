package vn.ngayhoi.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one canonical form of a username, used by sign-in, the failure counter and account creation
 * alike. If any of them saw a different form, wrong passwords sent under a variant ("Admin",
 * "admin" with an ideographic space) would sign in but never be counted, and the lockout could be
 * walked around.
 */
public final class Usernames {

    /** Longest username looked up; longer input cannot be an account and is cut before any query. */
    public static final int MAX_LENGTH = 100;

    private Usernames() {}

    /**
     * Trimmed of every Unicode space and invisible separator at both ends, NFC, lower case
     * (locale-independent); {@code ""} for {@code null}.
     */
    public static String canonical(String username) {
        if (username == null) {
            return "";
        }
        String nfc = Normalizer.normalize(username, Normalizer.Form.NFC);
        int start = 0;
        int end = nfc.length();
        while (start < end && isSpace(nfc.codePointAt(start))) {
            start += Character.charCount(nfc.codePointAt(start));
        }
        while (end > start && isSpace(nfc.codePointBefore(end))) {
            end -= Character.charCount(nfc.codePointBefore(end));
        }
        String trimmed = nfc.substring(start, end).toLowerCase(Locale.ROOT);
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }

    /**
     * White space in Java's sense misses the no-break spaces (U+00A0, U+2007, U+202F); the space
     * separators category has them; zero-width characters and the BOM show as nothing at all.
     */
    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || codePoint == 0x200B
                || codePoint == 0x200C
                || codePoint == 0x200D
                || codePoint == 0x2060
                || codePoint == 0xFEFF
                || codePoint == 0x180E
                || Character.getType(codePoint) == Character.CONTROL;
    }
}
