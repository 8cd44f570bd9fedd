package vn.ngayhoi.account.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A QR code (ISO/IEC 18004, byte mode, error correction level M, versions 1–10) drawn as SVG, for a
 * calendar feed URL a phone scans. Written here because no QR library resolves on this project's
 * registry mirror; a feed URL is under 120 bytes, so ten versions are plenty.
 */
final class QrCode {

    static final int MAX_VERSION = 10;
    private static final int[] RAW_CODEWORDS = {0, 26, 44, 70, 100, 134, 172, 196, 242, 292, 346};
    private static final int[] ECC_PER_BLOCK = {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26};
    private static final int[] BLOCKS = {0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5};
    private static final int[][] ALIGNMENT = {
        {}, {}, {6, 18}, {6, 22}, {6, 26}, {6, 30}, {6, 34}, {6, 22, 38}, {6, 24, 42}, {6, 26, 46}, {6, 28, 50}
    };
    /** Level M's two format bits. */
    private static final int LEVEL_M = 0;

    final int version;
    final int size;
    final int mask;
    final boolean[][] dark;
    private final boolean[][] function;

    private QrCode(int version, int mask, boolean[][] dark, boolean[][] function) {
        this.version = version;
        this.size = dark.length;
        this.mask = mask;
        this.dark = dark;
        this.function = function;
    }

    /** The SVG of {@code text}'s QR code with a 4-module quiet zone. */
    static String svg(String text) {
        QrCode qr = encode(text);
        int full = qr.size + 8;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.dark[y][x]) {
                    path.append('M').append(x + 4).append(',').append(y + 4).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + full + " " + full
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    static QrCode encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int version = 1;
        while (version <= MAX_VERSION && dataCapacity(version) * 8 < 4 + countBits(version) + bytes.length * 8) {
            version++;
        }
        if (version > MAX_VERSION) {
            throw new IllegalArgumentException("too long for a QR code of version 10: " + bytes.length + " bytes");
        }
        byte[] codewords = interleave(version, data(version, bytes));
        QrCode best = null;
        int bestPenalty = Integer.MAX_VALUE;
        for (int m = 0; m < 8; m++) {
            QrCode candidate = draw(version, codewords, m);
            int penalty = candidate.penalty();
            if (penalty < bestPenalty) {
                best = candidate;
                bestPenalty = penalty;
            }
        }
        return best;
    }

    static int dataCapacity(int version) {
        return RAW_CODEWORDS[version] - ECC_PER_BLOCK[version] * BLOCKS[version];
    }

    private static int countBits(int version) {
        return version < 10 ? 8 : 16;
    }

    /** Mode, length, bytes, terminator and padding: exactly the version's data codewords. */
    private static byte[] data(int version, byte[] bytes) {
        int capacity = dataCapacity(version) * 8;
        BitBuffer bits = new BitBuffer();
        bits.append(0b0100, 4);
        bits.append(bytes.length, countBits(version));
        for (byte b : bytes) {
            bits.append(b & 0xFF, 8);
        }
        bits.append(0, Math.min(4, capacity - bits.length));
        bits.append(0, (8 - bits.length % 8) % 8);
        for (int pad = 0xEC; bits.length < capacity; pad ^= 0xEC ^ 0x11) {
            bits.append(pad, 8);
        }
        return bits.toBytes();
    }

    /** Splits the data into blocks, adds each block's Reed–Solomon codewords, and interleaves them. */
    private static byte[] interleave(int version, byte[] data) {
        int blocks = BLOCKS[version];
        int ecc = ECC_PER_BLOCK[version];
        int shortBlocks = blocks - RAW_CODEWORDS[version] % blocks;
        int shortData = RAW_CODEWORDS[version] / blocks - ecc;
        byte[][] dataBlocks = new byte[blocks][];
        byte[][] eccBlocks = new byte[blocks][];
        byte[] divisor = ReedSolomon.divisor(ecc);
        for (int i = 0, k = 0; i < blocks; i++) {
            int length = shortData + (i < shortBlocks ? 0 : 1);
            dataBlocks[i] = java.util.Arrays.copyOfRange(data, k, k + length);
            k += length;
            eccBlocks[i] = ReedSolomon.remainder(dataBlocks[i], divisor);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i <= shortData; i++) {
            for (byte[] block : dataBlocks) {
                if (i < block.length) {
                    out.write(block[i]);
                }
            }
        }
        for (int i = 0; i < ecc; i++) {
            for (byte[] block : eccBlocks) {
                out.write(block[i]);
            }
        }
        return out.toByteArray();
    }

    private static QrCode draw(int version, byte[] codewords, int mask) {
        int size = version * 4 + 17;
        QrCode qr = new QrCode(version, mask, new boolean[size][size], new boolean[size][size]);
        qr.drawFunctionPatterns();
        qr.placeCodewords(codewords);
        qr.applyMask();
        qr.drawFormat();
        return qr;
    }

    private void set(int x, int y, boolean isDark) {
        dark[y][x] = isDark;
        function[y][x] = true;
    }

    private void drawFunctionPatterns() {
        for (int i = 0; i < size; i++) {
            set(6, i, i % 2 == 0);
            set(i, 6, i % 2 == 0);
        }
        finder(3, 3);
        finder(size - 4, 3);
        finder(3, size - 4);
        int[] positions = ALIGNMENT[version];
        for (int i = 0; i < positions.length; i++) {
            for (int j = 0; j < positions.length; j++) {
                boolean corner = (i == 0 && j == 0)
                        || (i == 0 && j == positions.length - 1)
                        || (i == positions.length - 1 && j == 0);
                if (!corner) {
                    for (int dy = -2; dy <= 2; dy++) {
                        for (int dx = -2; dx <= 2; dx++) {
                            set(positions[i] + dx, positions[j] + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
                        }
                    }
                }
            }
        }
        drawFormat(); // reserves the format areas; drawn again once the mask is chosen
        if (version >= 7) {
            int rem = version;
            for (int i = 0; i < 12; i++) {
                rem = (rem << 1) ^ ((rem >>> 11) * 0x1F25);
            }
            int bits = version << 12 | rem;
            for (int i = 0; i < 18; i++) {
                boolean bit = ((bits >>> i) & 1) != 0;
                int a = size - 11 + i % 3;
                int b = i / 3;
                set(a, b, bit);
                set(b, a, bit);
            }
        }
    }

    private void finder(int cx, int cy) {
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                int x = cx + dx;
                int y = cy + dy;
                if (x >= 0 && x < size && y >= 0 && y < size) {
                    int dist = Math.max(Math.abs(dx), Math.abs(dy));
                    set(x, y, dist != 2 && dist != 4);
                }
            }
        }
    }

    /** The 15 format bits (level M, the mask) in both copies, and the one always-dark module. */
    private void drawFormat() {
        int bits = formatBits(mask);
        for (int i = 0; i <= 5; i++) {
            set(8, i, bit(bits, i));
        }
        set(8, 7, bit(bits, 6));
        set(8, 8, bit(bits, 7));
        set(7, 8, bit(bits, 8));
        for (int i = 9; i < 15; i++) {
            set(14 - i, 8, bit(bits, i));
        }
        for (int i = 0; i < 8; i++) {
            set(size - 1 - i, 8, bit(bits, i));
        }
        for (int i = 8; i < 15; i++) {
            set(8, size - 15 + i, bit(bits, i));
        }
        set(8, size - 8, true);
    }

    static int formatBits(int mask) {
        int data = LEVEL_M << 3 | mask;
        int rem = data;
        for (int i = 0; i < 10; i++) {
            rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
        }
        return (data << 10 | rem) ^ 0x5412;
    }

    private static boolean bit(int value, int i) {
        return ((value >>> i) & 1) != 0;
    }

    /** The zigzag: two-module columns from the right, upwards then downwards, around the function patterns. */
    private void placeCodewords(byte[] codewords) {
        int i = 0;
        for (int right = size - 1; right >= 1; right -= 2) {
            if (right == 6) {
                right = 5;
            }
            for (int vert = 0; vert < size; vert++) {
                for (int j = 0; j < 2; j++) {
                    int x = right - j;
                    boolean upward = ((right + 1) & 2) == 0;
                    int y = upward ? size - 1 - vert : vert;
                    if (!function[y][x] && i < codewords.length * 8) {
                        dark[y][x] = bit(codewords[i >>> 3], 7 - (i & 7));
                        i++;
                    }
                }
            }
        }
    }

    static boolean masked(int mask, int x, int y) {
        return switch (mask) {
            case 0 -> (x + y) % 2 == 0;
            case 1 -> y % 2 == 0;
            case 2 -> x % 3 == 0;
            case 3 -> (x + y) % 3 == 0;
            case 4 -> (x / 3 + y / 2) % 2 == 0;
            case 5 -> x * y % 2 + x * y % 3 == 0;
            case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
            default -> ((x + y) % 2 + x * y % 3) % 2 == 0;
        };
    }

    private void applyMask() {
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (!function[y][x] && masked(mask, x, y)) {
                    dark[y][x] = !dark[y][x];
                }
            }
        }
    }

    /** The standard's penalty (runs, 2×2 blocks, finder-like patterns, dark balance): lower reads better. */
    private int penalty() {
        int result = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int a = 0; a < size; a++) {
                int run = 0;
                boolean last = false;
                StringBuilder line = new StringBuilder(size);
                for (int b = 0; b < size; b++) {
                    boolean d = pass == 0 ? dark[a][b] : dark[b][a];
                    line.append(d ? '1' : '0');
                    if (b > 0 && d == last) {
                        run++;
                        if (run == 5) {
                            result += 3;
                        } else if (run > 5) {
                            result++;
                        }
                    } else {
                        run = 1;
                    }
                    last = d;
                }
                String s = "0000" + line + "0000";
                for (int k = s.indexOf("10111010000"); k >= 0; k = s.indexOf("10111010000", k + 1)) {
                    result += 40;
                }
                for (int k = s.indexOf("00001011101"); k >= 0; k = s.indexOf("00001011101", k + 1)) {
                    result += 40;
                }
            }
        }
        int darkCount = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                darkCount += dark[y][x] ? 1 : 0;
                if (x + 1 < size
                        && y + 1 < size
                        && dark[y][x] == dark[y][x + 1]
                        && dark[y][x] == dark[y + 1][x]
                        && dark[y][x] == dark[y + 1][x + 1]) {
                    result += 3;
                }
            }
        }
        int total = size * size;
        int k = (Math.abs(darkCount * 20 - total * 10) + total - 1) / total - 1;
        result += Math.max(0, k) * 10;
        return result;
    }

    private static final class BitBuffer {
        private final java.util.BitSet bits = new java.util.BitSet();
        private int length;

        void append(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                bits.set(length++, ((value >>> i) & 1) != 0);
            }
        }

        byte[] toBytes() {
            byte[] out = new byte[length / 8];
            for (int i = 0; i < length; i++) {
                if (bits.get(i)) {
                    out[i >>> 3] |= (byte) (0x80 >>> (i & 7));
                }
            }
            return out;
        }
    }

    /** Reed–Solomon over GF(256) with the QR polynomial x⁸+x⁴+x³+x²+1. */
    static final class ReedSolomon {

        private ReedSolomon() {}

        static byte[] divisor(int degree) {
            byte[] result = new byte[degree];
            result[degree - 1] = 1;
            int root = 1;
            for (int i = 0; i < degree; i++) {
                for (int j = 0; j < result.length; j++) {
                    result[j] = (byte) multiply(result[j] & 0xFF, root);
                    if (j + 1 < result.length) {
                        result[j] ^= result[j + 1];
                    }
                }
                root = multiply(root, 0x02);
            }
            return result;
        }

        static byte[] remainder(byte[] data, byte[] divisor) {
            byte[] result = new byte[divisor.length];
            for (byte b : data) {
                int factor = (b ^ result[0]) & 0xFF;
                System.arraycopy(result, 1, result, 0, result.length - 1);
                result[result.length - 1] = 0;
                for (int i = 0; i < result.length; i++) {
                    result[i] ^= (byte) multiply(divisor[i] & 0xFF, factor);
                }
            }
            return result;
        }

        static int multiply(int x, int y) {
            int z = 0;
            for (int i = 7; i >= 0; i--) {
                z = (z << 1) ^ ((z >>> 7) * 0x11D);
                z ^= ((y >>> i) & 1) * x;
            }
            return z;
        }
    }
}
