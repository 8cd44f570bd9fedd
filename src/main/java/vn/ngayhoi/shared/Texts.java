package vn.ngayhoi.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: canonical form for storage and a folded form for search. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {}

    /** NFC, trimmed, inner white space collapsed; what every stored name goes through. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip())
                .replaceAll(" ");
    }

    /**
     * Where the first character that no form field, search box or JSON text may hold sits, or -1:
     * NUL and the other C0 control characters except TAB, LF and CR, and DEL. PostgreSQL refuses
     * NUL in text outright, and the others are never typed by a person, only sent by a probe or a
     * broken client; refusing them at the door keeps them out of names, documents and exports.
     */
    public static int controlCharacterAt(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    public static boolean hasControlCharacters(String text) {
        return controlCharacterAt(text) >= 0;
    }

    /**
     * Lower case without diacritics ("Xã Sơn Hà" → "xa son ha"), so that a search typed without
     * accents, or with them typed in another Unicode form, still matches.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code text} holds {@code query} once both are folded, so "son ha" finds "Xã Sơn Hà";
     * an empty query matches everything, which is what a list filter left blank means.
     */
    public static boolean containsFolded(String text, String query) {
        String q = fold(query);
        return q.isEmpty() || fold(text).contains(q);
    }

    /** "Tổ chức Ngày hội" → "tổ chức Ngày hội": a title as it reads inside a sentence. */
    public static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
