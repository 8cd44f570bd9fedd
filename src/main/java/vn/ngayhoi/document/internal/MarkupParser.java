package vn.ngayhoi.document.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;

/**
 * The small markup a plan section is written in. Paragraphs are separated by blank lines; a line
 * starting with "- " or "+ " is a bullet of its own (lines after it, up to a blank line or the next
 * bullet, continue it); {@code ***x***} is bold italic, {@code **x**} bold, {@code *x*} italic. An
 * emphasis marker counts only when its text starts and ends with a non-space character and it is
 * closed; otherwise it is literal text. Nothing else is special (a line starting with "#" is text).
 * All text is normalised to NFC.
 */
final class MarkupParser {

    private MarkupParser() {}

    static List<Block> parse(String markup) {
        List<Block> blocks = new ArrayList<>();
        if (markup == null) {
            return blocks;
        }
        String text = Normalizer.normalize(markup, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        String marker = null;
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(blocks, marker, current);
                marker = null;
                continue;
            }
            if (line.startsWith("- ") || line.startsWith("+ ")) {
                flush(blocks, marker, current);
                marker = line.substring(0, 1);
                current.append(line.substring(2).strip());
                continue;
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(line);
        }
        flush(blocks, marker, current);
        return blocks;
    }

    private static void flush(List<Block> blocks, String marker, StringBuilder text) {
        if (text.isEmpty()) {
            return;
        }
        List<Run> runs = runs(text.toString());
        text.setLength(0);
        if (runs.isEmpty()) {
            return;
        }
        blocks.add(marker == null ? new Paragraph(runs) : new Bullet(marker, runs));
    }

    /** The runs of one line of text with its emphasis markers resolved. */
    static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        emphasis(Normalizer.normalize(text, Normalizer.Form.NFC), false, false, out);
        return out;
    }

    private static void emphasis(String s, boolean bold, boolean italic, List<Run> out) {
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (!bold && !italic && s.startsWith("***", i)) {
                int close = closing(s, i + 3, "***");
                if (close >= 0) {
                    add(out, literal, bold, italic);
                    emphasis(s.substring(i + 3, close), true, true, out);
                    i = close + 3;
                    continue;
                }
            }
            if (!bold && s.startsWith("**", i)) {
                int close = closing(s, i + 2, "**");
                if (close >= 0) {
                    add(out, literal, bold, italic);
                    emphasis(s.substring(i + 2, close), true, italic, out);
                    i = close + 2;
                    continue;
                }
            }
            if (!italic && s.charAt(i) == '*' && !s.startsWith("**", i)) {
                int close = singleStar(s, i + 1);
                if (close >= 0) {
                    add(out, literal, bold, italic);
                    emphasis(s.substring(i + 1, close), bold, true, out);
                    i = close + 1;
                    continue;
                }
            }
            literal.append(s.charAt(i));
            i++;
        }
        add(out, literal, bold, italic);
    }

    /** Where the closing {@code marker} of an emphasis opened just before {@code from} is, or -1. */
    private static int closing(String s, int from, String marker) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from))) {
            return -1;
        }
        int close = s.indexOf(marker, from + 1);
        while (close >= 0) {
            if (!Character.isWhitespace(s.charAt(close - 1))) {
                return close;
            }
            close = s.indexOf(marker, close + 1);
        }
        return -1;
    }

    /** The next lone '*' (not part of "**") closing an italic opened before {@code from}, or -1. */
    private static int singleStar(String s, int from) {
        if (from >= s.length() || Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '*') {
            return -1;
        }
        int j = from + 1;
        while (j < s.length()) {
            if (s.charAt(j) == '*') {
                if (j + 1 < s.length() && s.charAt(j + 1) == '*') {
                    j += 2;
                    continue;
                }
                if (!Character.isWhitespace(s.charAt(j - 1))) {
                    return j;
                }
            }
            j++;
        }
        return -1;
    }

    private static void add(List<Run> out, StringBuilder literal, boolean bold, boolean italic) {
        if (literal.isEmpty()) {
            return;
        }
        String text = literal.toString();
        literal.setLength(0);
        if (!out.isEmpty()) {
            Run last = out.get(out.size() - 1);
            if (last.bold() == bold && last.italic() == italic) {
                out.set(out.size() - 1, new Run(last.text() + text, bold, italic));
                return;
            }
        }
        out.add(new Run(text, bold, italic));
    }
}
