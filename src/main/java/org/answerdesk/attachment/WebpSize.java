package org.answerdesk.attachment;

/**
 * The size in pixels that a WebP chunk declares, read from its header without decoding: the extended header's
 * canvas ({@code VP8X}), a lossy bitstream's key frame ({@code VP8 }), a lossless one's header ({@code VP8L}) and an
 * animation frame ({@code ANMF}). A simple WebP has no {@code VP8X}: its size is only in its bitstream's header.
 */
final class WebpSize {

    private WebpSize() {
    }

    /**
     * The width and height declared by the chunk {@code fourcc} whose payload of {@code size} bytes starts at
     * {@code at}; null for a chunk that declares none (metadata, ICC profile, animation parameters).
     *
     * @throws Images.Refused when the chunk is too short for its header or its header is not one
     */
    static long[] of(String fourcc, byte[] b, int at, long size) throws Images.Refused {
        return switch (fourcc) {
            case "VP8X" -> {
                need(fourcc, size, 10);
                yield new long[] {1 + u24(b, at + 4), 1 + u24(b, at + 7)};
            }
            case "ANMF" -> {
                need(fourcc, size, 16);
                yield new long[] {1 + u24(b, at + 6), 1 + u24(b, at + 9)};
            }
            case "VP8 " -> {
                // frame tag (3 bytes), start code 9D 01 2A, then 14 bits of width and of height, 2 bits of scale each
                need(fourcc, size, 10);
                if ((b[at + 3] & 0xFF) != 0x9D || b[at + 4] != 0x01 || b[at + 5] != 0x2A) {
                    throw new Images.Refused("a VP8 chunk without its start code", false);
                }
                yield new long[] {u16(b, at + 6) & 0x3FFF, u16(b, at + 8) & 0x3FFF};
            }
            case "VP8L" -> {
                // signature 2F, then width - 1 and height - 1 in 14 bits each, least significant bit first
                need(fourcc, size, 5);
                if ((b[at] & 0xFF) != 0x2F) {
                    throw new Images.Refused("a VP8L chunk without its signature", false);
                }
                long bits = u16(b, at + 1) | (long) u16(b, at + 3) << 16;
                yield new long[] {1 + (bits & 0x3FFF), 1 + (bits >> 14 & 0x3FFF)};
            }
            default -> null;
        };
    }

    private static void need(String fourcc, long size, int bytes) throws Images.Refused {
        if (size < bytes) {
            throw new Images.Refused("a " + fourcc.strip() + " chunk too short for its header", false);
        }
    }

    private static int u16(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8;
    }

    private static long u24(byte[] b, int at) {
        return u16(b, at) | (long) (b[at + 2] & 0xFF) << 16;
    }
}
