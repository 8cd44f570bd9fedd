package vn.ngayhoi.register;

/**
 * A number taken from a register: {@code 5} in 2022 becomes the notation {@code 05/KH-BCĐ}; a công
 * văn has no type abbreviation ({@code 07/BCĐ}).
 */
public record DocumentNumber(long entryId, int year, int number, String notation) {

    /** The line printed on the document: "Số: 05/KH-BCĐ". */
    public String line() {
        return "Số: " + notation;
    }

    public static String notation(int number, String typeAbbreviation, String issuerAbbreviation) {
        String n = number < 10 ? "0" + number : Integer.toString(number);
        return typeAbbreviation == null || typeAbbreviation.isBlank()
                ? n + "/" + issuerAbbreviation
                : n + "/" + typeAbbreviation + "-" + issuerAbbreviation;
    }
}
