package vn.ngayhoi.task.internal;

import java.util.ArrayList;
import java.util.List;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.files.EvidenceRules;
import vn.ngayhoi.task.AttachmentScanner;
import vn.ngayhoi.task.Upload;

/** Checks a batch of uploads as a whole, so that one bad file stores none of them. */
public final class TaskFiles {

    private TaskFiles() {}

    /** An upload that passed: its name, the MIME type read from its bytes, the bytes. */
    public record Checked(String name, String mime, byte[] content) {}

    public static List<Checked> check(List<Upload> files, long maxBytes, int maxCount, AttachmentScanner scanner) {
        List<Upload> real = files == null
                ? List.of()
                : files.stream()
                        .filter(f -> f != null
                                && !(f.content().length == 0
                                        && (f.fileName() == null || f.fileName().isBlank())))
                        .toList();
        if (real.size() > maxCount) {
            throw ValidationException.of("files", "evidence.file.tooMany", maxCount);
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload u : real) {
            EvidenceRules.Kind kind = EvidenceRules.check(u.fileName(), u.content(), maxBytes);
            if (!scanner.clean(u.fileName(), u.content())) {
                throw ValidationException.of("files", "evidence.file.infected", u.fileName());
            }
            checked.add(new Checked(
                    java.text.Normalizer.normalize(u.fileName(), java.text.Normalizer.Form.NFC),
                    kind.mime,
                    u.content()));
        }
        return checked;
    }
}
