package vn.ngayhoi.shared;

/**
 * An amount of đồng written in Vietnamese words, as a decision writes its total under the figures
 * ("Chín trăm bốn mươi nghìn đồng"): groups of three digits read as "trăm / mươi / đơn vị" with
 * the northern "linh" for a missing ten, "mốt" and "lăm" after a ten, and "không trăm" inside a
 * number.
 */
public final class MoneyWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ"};

    private MoneyWords() {}

    /** "Chín trăm bốn mươi nghìn đồng" for 940000; "Không đồng" for 0. */
    public static String dong(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        String words = amount == 0 ? "không" : read(amount);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /** The words of a positive number, lower case. */
    static String read(long n) {
        if (n >= 1_000_000_000L) {
            long billions = n / 1_000_000_000L;
            long rest = n % 1_000_000_000L;
            String head = read(billions) + " tỷ";
            return rest == 0 ? head : head + " " + readBelowBillion(rest, true);
        }
        return readBelowBillion(n, false);
    }

    private static String readBelowBillion(long n, boolean inside) {
        int[] groups = {(int) (n % 1000), (int) (n / 1000 % 1000), (int) (n / 1_000_000 % 1000)};
        int top = groups[2] > 0 ? 2 : groups[1] > 0 ? 1 : 0;
        StringBuilder out = new StringBuilder();
        for (int g = top; g >= 0; g--) {
            if (groups[g] == 0) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean full = inside || g < top;
            out.append(group(groups[g], full)).append(GROUPS[g]);
        }
        return out.toString();
    }

    /** One group of three digits; {@code full} when digits stand before it (then "không trăm"). */
    private static String group(int n, boolean full) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0 || full) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (out.length() > 0) {
                    out.append(" linh ");
                }
                out.append(DIGITS[units]);
            }
            return out.toString();
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
        if (units == 1) {
            out.append(tens == 1 ? " một" : " mốt");
        } else if (units == 5) {
            out.append(" lăm");
        } else if (units > 0) {
            out.append(' ').append(DIGITS[units]);
        }
        return out.toString();
    }
}
