package vn.ngayhoi.forum.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Tracking codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 58
 * random bits, shown in groups of four ("7KQM-3XPA-9RTD"). Only the SHA-256 of the normalised code
 * is stored; a code is read back case-insensitively, with or without its dashes and spaces.
 */
public final class TrackingCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 12;

    private TrackingCodes() {}

    public static String fresh() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as stored: dashes and spaces out, upper case; null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String n = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return n.length() == LENGTH && n.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0) ? n : null;
    }

    public static String hash(String code) {
        String n = normalise(code);
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((n == null ? "" : n).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
