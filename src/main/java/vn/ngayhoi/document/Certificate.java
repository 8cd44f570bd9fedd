package vn.ngayhoi.document;

/**
 * One Giấy khen as printed on its own landscape A4 page.
 *
 * @param issuer the body that gives it, upper case ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN QUAN SƠN")
 * @param title "GIẤY KHEN"
 * @param awardee the collective's or person's name
 * @param unitLine the unit under the name ("Xã Sơn Hà"), may be null
 * @param achievement "Đã có thành tích xuất sắc …"
 * @param decisionLine "Quyết định số 05/QĐ-UBND ngày 12/08/2022"
 * @param placeDate "Quan Sơn, ngày 12 tháng 8 năm 2022"
 * @param signerTitle "CHỦ TỊCH"
 * @param signerName the signer's name
 */
public record Certificate(
        String issuer,
        String title,
        String awardee,
        String unitLine,
        String achievement,
        String decisionLine,
        String placeDate,
        String signerTitle,
        String signerName) {}
