package vn.ngayhoi.document;

/**
 * The ceremony backdrop (ma-két) of one unit's festival, rendered as a landscape A4 page.
 *
 * @param organiser upper case, first line ("BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM VÀ XÂY DỰNG PHONG
 *     TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC XÃ SƠN HÀ" or the agency's name)
 * @param title "NGÀY HỘI"
 * @param subtitle "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2022"
 * @param placeDate "Sơn Hà, ngày 15 tháng 8 năm 2022", italic
 */
public record Banner(String organiser, String title, String subtitle, String placeDate) {}
