package vn.ngayhoi.document.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;

/**
 * Line-break opportunities only after white space, as in Word. The JDK's line iterator that
 * openhtmltopdf uses by default also breaks inside document numbers ("521" | "/TTg", "180" |
 * "/KH-BCĐ") and after an opening quote, which an official document must not do. Non-breaking
 * spaces (U+00A0) are not white space here.
 */
final class SpaceLineBreaker implements FSTextBreaker {

    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        position = 0;
    }

    @Override
    public int next() {
        int length = text.length();
        if (position >= length) {
            return BreakIterator.DONE;
        }
        int i = position;
        while (i < length && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < length && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        position = i;
        return i;
    }
}
