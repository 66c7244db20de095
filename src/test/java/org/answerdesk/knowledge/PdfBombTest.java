package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/** A PDF whose page content inflates from about 200 KB to 200 MB is read within bounded time and memory. */
class PdfBombTest {

    private static final long INFLATED = 200L * 1024 * 1024;

    @Test
    void aPdfThatInflatesTo200MbEndsWithTextOrAClearFailure() throws Exception {
        byte[] bomb = bomb();
        assertThat(bomb.length).isLessThan(1_000_000);
        long heapBefore = usedHeap();
        long start = System.nanoTime();

        String outcome;
        try {
            outcome = "read " + Documents.read(Documents.Kind.PDF, bomb, "application/pdf", "bomb.pdf", "", 10)
                    .sections().size() + " sections";
        } catch (FetchException e) {
            outcome = e.getMessage();
        }

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long grewMb = (usedHeap() - heapBefore) >> 20;
        System.out.println("PDF bomb (" + bomb.length + " bytes, " + INFLATED + " inflated): " + outcome + " in "
                + took.toMillis() + " ms, heap grew " + grewMb + " MB");
        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(outcome).isEqualTo("read 0 sections");  // blank pages: the source then says the file has no text
        assertThat(grewMb).as("the content is streamed, not inflated into memory").isLessThan(150);
    }

    private static byte[] bomb() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            InputStream spaces = new InputStream() {
                long left = INFLATED;

                @Override
                public int read() {
                    return left-- > 0 ? ' ' : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                    left -= n;
                    return n;
                }
            };
            page.setContents(new PDStream(doc, spaces, COSName.FLATE_DECODE));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
