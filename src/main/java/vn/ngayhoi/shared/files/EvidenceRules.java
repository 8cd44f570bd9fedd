package vn.ngayhoi.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.ngayhoi.shared.ValidationException;

/**
 * What evidence may be: photos (JPEG, PNG, WebP, HEIC), PDF, DOCX and XLSX, recognised from their
 * bytes and not from their names; a name whose extension says otherwise, a path in the name, or a
 * file over the limit is refused.
 */
public final class EvidenceRules {

    /** An accepted kind: its MIME type and the extensions a name of that kind may have. */
    public enum Kind {
        JPEG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png"),
        WEBP("image/webp", "webp"),
        HEIC("image/heic", "heic", "heif"),
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String mime;
        final String[] extensions;

        Kind(String mime, String... extensions) {
            this.mime = mime;
            this.extensions = extensions;
        }

        boolean allows(String extension) {
            for (String e : extensions) {
                if (e.equals(extension)) {
                    return true;
                }
            }
            return false;
        }
    }

    private EvidenceRules() {}

    /** Checks one upload and tells its kind; refuses with a Vietnamese message otherwise. */
    public static Kind check(String fileName, byte[] content, long maxBytes) {
        String name = fileName == null ? "" : fileName;
        if (name.isBlank()
                || name.length() > 200
                || name.contains("/")
                || name.contains("\\")
                || name.contains("..")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw ValidationException.of("files", "evidence.file.badName", name);
        }
        if (content == null || content.length == 0) {
            throw ValidationException.of("files", "evidence.file.empty", name);
        }
        if (content.length > maxBytes) {
            throw ValidationException.of("files", "evidence.file.tooLarge", name, maxBytes / (1024 * 1024));
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Kind kind = detect(content).orElseThrow(() -> ValidationException.of("files", "evidence.file.badType", name));
        if (!kind.allows(extension)) {
            throw ValidationException.of("files", "evidence.file.mismatch", name);
        }
        return kind;
    }

    public static Optional<Kind> detect(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Kind.JPEG);
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Kind.PNG);
        }
        if (starts(b, 'R', 'I', 'F', 'F')
                && b.length > 12
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of(Kind.WEBP);
        }
        if (b.length > 12
                && b[4] == 'f'
                && b[5] == 't'
                && b[6] == 'y'
                && b[7] == 'p'
                && (new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).startsWith("hei")
                        || new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).startsWith("mif1"))) {
            return Optional.of(Kind.HEIC);
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(Kind.PDF);
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return office(b);
        }
        return Optional.empty();
    }

    /** A ZIP is DOCX when it holds word/document.xml, XLSX when it holds xl/workbook.xml. */
    private static Optional<Kind> office(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(Kind.DOCX);
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(Kind.XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
