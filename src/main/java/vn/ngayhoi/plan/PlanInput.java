package vn.ngayhoi.plan;

import java.util.ArrayList;
import java.util.List;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;

/**
 * What the plan editor accepts, as rules on the typed text: section bodies within their length and
 * in NFC, Nơi nhận lines keeping the units they named before, a signature with its title. Pure
 * functions; {@link PlanManagement} applies them inside its edit transaction.
 */
final class PlanInput {

    private PlanInput() {}

    static String pick(List<String> values, int i, String current) {
        return values != null && i < values.size() && values.get(i) != null ? normalise(values.get(i)) : current;
    }

    static String bounded(String body, String field) {
        if (body.length() > PlanManagement.MAX_SECTION_LENGTH) {
            throw ValidationException.of(field, "plan.section.tooLong", PlanManagement.MAX_SECTION_LENGTH);
        }
        return body;
    }

    /**
     * Nơi nhận lines as typed, one per line with or without the leading dash; a line that names a
     * unit of the previous list keeps its unit (and so its delivery); "(để b/c)" is kept as purpose.
     */
    static List<PlanContent.Recipient> recipients(String lines, List<PlanContent.Recipient> before) {
        List<PlanContent.Recipient> out = new ArrayList<>();
        for (String raw : lines.split("\\R")) {
            String text = Texts.clean(raw.replaceFirst("^\\s*-\\s*", "").replaceFirst("[;.]\\s*$", ""));
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (text.length() > 300) {
                throw ValidationException.of("recipients", "plan.recipient.tooLong", 300);
            }
            PlanContent.Recipient known = before.stream()
                    .filter(r -> r.text().equals(text))
                    .findFirst()
                    .orElse(null);
            String purpose = text.contains("(để b/c)") ? "để b/c" : null;
            out.add(new PlanContent.Recipient(
                    text, known == null ? null : known.unitName(), purpose, known == null ? null : known.unitId()));
        }
        if (out.isEmpty()) {
            throw ValidationException.of("recipients", "plan.recipient.required");
        }
        return out;
    }

    static PlanContent.Signature signature(PlanContent.Signature s) {
        String title = Texts.clean(s.title());
        if (title == null || title.isEmpty()) {
            throw ValidationException.of("signatureTitle", "plan.signature.title");
        }
        return new PlanContent.Signature(
                blankToNull(Texts.clean(s.authority())),
                title,
                blankToNull(Texts.clean(s.secondTitle())),
                blankToNull(Texts.clean(s.signerName())));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String normalise(String markup) {
        String nfc = java.text.Normalizer.normalize(markup, java.text.Normalizer.Form.NFC);
        return nfc.replace("\r\n", "\n").strip();
    }
}
