package vn.ngayhoi.register;

/**
 * A document type of NĐ 30/2020 Phụ lục III: its name as the register lists it, the heading printed
 * on the document and the abbreviation in the notation. A công văn has no heading and no
 * abbreviation ("Số: 07/BCĐ").
 */
public enum DocumentType {
    PLAN("Kế hoạch", "KẾ HOẠCH", "KH"),
    REPORT("Báo cáo", "BÁO CÁO", "BC"),
    INVITATION("Giấy mời", "GIẤY MỜI", "GM"),
    OFFICIAL_LETTER("Công văn", null, null),
    DECISION("Quyết định", "QUYẾT ĐỊNH", "QĐ"),
    SUBMISSION("Tờ trình", "TỜ TRÌNH", "TTr"),
    CERTIFICATE_OF_MERIT("Giấy khen", "GIẤY KHEN", "GK"),
    MINUTES("Biên bản", "BIÊN BẢN", "BB"),
    REGISTRATION("Bản đăng ký", "BẢN ĐĂNG KÝ", "ĐK"),
    RECOGNITION_CERTIFICATE("Giấy công nhận", "GIẤY CÔNG NHẬN", "GCN");

    private final String typeName;
    private final String heading;
    private final String abbreviation;

    DocumentType(String typeName, String heading, String abbreviation) {
        this.typeName = typeName;
        this.heading = heading;
        this.abbreviation = abbreviation;
    }

    /** As the register lists it: "Kế hoạch". */
    public String typeName() {
        return typeName;
    }

    /** As the document's title prints it: "KẾ HOẠCH"; null for a công văn. */
    public String heading() {
        return heading;
    }

    /** "KH"; null for a công văn. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The number line of a draft, blanks left for the number: "Số:      /KH-BCĐ". */
    public String draftNumberLine(String issuerAbbreviation) {
        return "Số:      /" + (abbreviation == null ? "" : abbreviation + "-") + issuerAbbreviation;
    }

    /** The type whose register name is {@code typeName}, if any. */
    public static java.util.Optional<DocumentType> ofName(String typeName) {
        for (DocumentType t : values()) {
            if (t.typeName.equalsIgnoreCase(typeName)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
