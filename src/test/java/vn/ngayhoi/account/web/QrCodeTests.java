package vn.ngayhoi.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The QR encoder read back by an independent reader written from the standard: format bits, unmasking,
 * the zigzag, de-interleaving, Reed–Solomon syndromes and the byte-mode payload. (Checked once by hand
 * against the jsQR decoder as well; see ADR 0021.)
 */
class QrCodeTests {

    static final String FEED =
            "https://ngayhoi.example.vn/calendar/nhc_3q2-7wEWm9nO8y3-B0nKMbmQPsXUEm5vX1d7yHqJ1XI.ics";

    @Test
    void aFeedUrlReadsBackExactlyFromTheMatrix() {
        for (String text : List.of("HELLO", FEED, FEED + "?x=" + "a".repeat(100))) {
            QrCode qr = QrCode.encode(text);
            assertThat(qr.size).isEqualTo(qr.version * 4 + 17);
            assertThat(read(qr)).as("version " + qr.version).isEqualTo(text);
        }
        assertThat(QrCode.encode(FEED).version).isEqualTo(6);
    }

    @Test
    void finderPatternsSitInThreeCornersAndTextTooLongIsRefused() {
        QrCode qr = QrCode.encode(FEED);
        for (int[] corner : new int[][] {{0, 0}, {qr.size - 7, 0}, {0, qr.size - 7}}) {
            for (int d = 0; d < 7; d++) {
                assertThat(qr.dark[corner[1]][corner[0] + d]).isTrue();
                assertThat(qr.dark[corner[1] + 6][corner[0] + d]).isTrue();
            }
            assertThat(qr.dark[corner[1] + 1][corner[0] + 1]).isFalse();
            assertThat(qr.dark[corner[1] + 3][corner[0] + 3]).isTrue();
        }
        assertThat(QrCode.svg(FEED)).startsWith("<svg").contains("viewBox=\"0 0 49 49\"");
        assertThatThrownBy(() -> QrCode.encode("x".repeat(300))).isInstanceOf(IllegalArgumentException.class);
    }

    /** A reader of its own: everything from the matrix, nothing from the encoder's state. */
    static String read(QrCode qr) {
        int size = qr.size;
        int version = (size - 17) / 4;
        // Format: first copy, bits 0-5 at (8,0..5) … then find the mask whose BCH word matches.
        int bits = 0;
        int[][] at = new int[15][];
        for (int i = 0; i <= 5; i++) {
            at[i] = new int[] {8, i};
        }
        at[6] = new int[] {8, 7};
        at[7] = new int[] {8, 8};
        at[8] = new int[] {7, 8};
        for (int i = 9; i < 15; i++) {
            at[i] = new int[] {14 - i, 8};
        }
        for (int i = 0; i < 15; i++) {
            if (qr.dark[at[i][1]][at[i][0]]) {
                bits |= 1 << i;
            }
        }
        int mask = -1;
        for (int m = 0; m < 8; m++) {
            if (QrCode.formatBits(m) == bits) {
                mask = m;
            }
        }
        assertThat(mask).as("format bits name level M and a mask").isNotNegative();
        boolean[][] reserved = reserved(size, version);
        List<Integer> stream = new ArrayList<>();
        for (int right = size - 1; right >= 1; right -= 2) {
            if (right == 6) {
                right = 5;
            }
            for (int vert = 0; vert < size; vert++) {
                for (int j = 0; j < 2; j++) {
                    int x = right - j;
                    int y = ((right + 1) & 2) == 0 ? size - 1 - vert : vert;
                    if (!reserved[y][x]) {
                        stream.add(qr.dark[y][x] ^ QrCode.masked(mask, x, y) ? 1 : 0);
                    }
                }
            }
        }
        int[] raw = {0, 26, 44, 70, 100, 134, 172, 196, 242, 292, 346};
        int[] eccPer = {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26};
        int[] blocks = {0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5};
        int total = raw[version];
        int[] codewords = new int[total];
        for (int i = 0; i < total; i++) {
            for (int b = 0; b < 8; b++) {
                codewords[i] = codewords[i] << 1 | stream.get(i * 8 + b);
            }
        }
        int n = blocks[version];
        int ecc = eccPer[version];
        int shortBlocks = n - total % n;
        int shortData = total / n - ecc;
        int[][] block = new int[n][];
        for (int i = 0; i < n; i++) {
            block[i] = new int[shortData + (i < shortBlocks ? 0 : 1) + ecc];
        }
        int k = 0;
        for (int i = 0; i <= shortData; i++) {
            for (int b = 0; b < n; b++) {
                if (i < block[b].length - ecc) {
                    block[b][i] = codewords[k++];
                }
            }
        }
        for (int i = 0; i < ecc; i++) {
            for (int b = 0; b < n; b++) {
                block[b][block[b].length - ecc + i] = codewords[k++];
            }
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int[] b : block) {
            // Syndromes S_i = c(α^i), i = 0..ecc-1, are all zero for an undamaged codeword.
            for (int i = 0, alpha = 1; i < ecc; i++, alpha = QrCode.ReedSolomon.multiply(alpha, 2)) {
                int s = 0;
                for (int c : b) {
                    s = QrCode.ReedSolomon.multiply(s, alpha) ^ c;
                }
                assertThat(s).as("syndrome " + i).isZero();
            }
            for (int i = 0; i < b.length - ecc; i++) {
                data.write(b[i]);
            }
        }
        byte[] d = data.toByteArray();
        int mode = (d[0] & 0xFF) >>> 4;
        assertThat(mode).as("byte mode").isEqualTo(4);
        int countBits = version < 10 ? 8 : 16;
        int length;
        int offset;
        if (countBits == 8) {
            length = ((d[0] & 0x0F) << 4) | ((d[1] & 0xFF) >>> 4);
            offset = 12;
        } else {
            length = ((d[0] & 0x0F) << 12) | ((d[1] & 0xFF) << 4) | ((d[2] & 0xFF) >>> 4);
            offset = 20;
        }
        byte[] text = new byte[length];
        for (int i = 0; i < length; i++) {
            int bit = offset + i * 8;
            int hi = d[bit / 8] & 0xFF;
            int lo = d[bit / 8 + 1] & 0xFF;
            text[i] = (byte) (((hi << 8 | lo) >>> (8 - bit % 8)) & 0xFF);
        }
        return new String(text, StandardCharsets.UTF_8);
    }

    /** Function modules, from the standard's layout (not from the encoder). */
    static boolean[][] reserved(int size, int version) {
        boolean[][] r = new boolean[size][size];
        for (int i = 0; i < size; i++) {
            r[6][i] = true;
            r[i][6] = true;
        }
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 9; x++) {
                r[y][x] = true;
            }
        }
        for (int y = 0; y < 9; y++) {
            for (int x = size - 8; x < size; x++) {
                r[y][x] = true;
            }
        }
        for (int y = size - 8; y < size; y++) {
            for (int x = 0; x < 9; x++) {
                r[y][x] = true;
            }
        }
        int[][] align = {
            {}, {}, {6, 18}, {6, 22}, {6, 26}, {6, 30}, {6, 34}, {6, 22, 38}, {6, 24, 42}, {6, 26, 46}, {6, 28, 50}
        };
        int[] p = align[version];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if ((i == 0 && j == 0) || (i == 0 && j == p.length - 1) || (i == p.length - 1 && j == 0)) {
                    continue;
                }
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        r[p[j] + dy][p[i] + dx] = true;
                    }
                }
            }
        }
        if (version >= 7) {
            for (int a = size - 11; a < size - 8; a++) {
                for (int b = 0; b < 6; b++) {
                    r[b][a] = true;
                    r[a][b] = true;
                }
            }
        }
        return r;
    }

    /** Writes the matrix as text for the one-off check with an outside decoder (jsQR). */
    @Test
    void writesTheMatrixForAnOutsideDecoder() throws Exception {
        write(QrCode.encode(FEED + "?x=" + "a".repeat(100)), "qr-matrix-v10.txt");
        QrCode qr = QrCode.encode(FEED);
        java.nio.file.Path target = write(qr, "qr-matrix.txt");
        assertThat(java.nio.file.Files.readAllLines(target)).hasSize(qr.size);
    }

    private static java.nio.file.Path write(QrCode qr, String name) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        for (boolean[] row : qr.dark) {
            for (boolean d : row) {
                out.append(d ? '1' : '0');
            }
            out.append('\n');
        }
        java.nio.file.Path target = java.nio.file.Path.of("target", name);
        java.nio.file.Files.writeString(target, out);
        return target;
    }
}
