package org.answerdesk.knowledge;

import java.io.IOException;
import java.io.InputStream;

import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * How much decoded content a PDF page draws: its content streams and the forms its resources hold. Measured by
 * decoding at most the budget, which costs far less than extracting the text of it: PDFBox cannot be interrupted, so
 * a page is measured before its text is read.
 */
final class PdfContent {

    private PdfContent() {
    }

    /** The page's decoded content in bytes, or more than {@code budget} when it has more (read no further). */
    static long size(PDPage page, long budget) throws IOException {
        long size = 0;
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSStream stream) {
            size += decoded(stream, budget + 1);
        } else if (contents instanceof COSArray streams) {
            for (int i = 0; i < streams.size() && size <= budget; i++) {
                if (streams.getObject(i) instanceof COSStream stream) {
                    size += decoded(stream, budget + 1 - size);
                }
            }
        }
        PDResources resources = page.getResources();
        if (resources == null) {
            return size;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (size > budget) {
                break;
            }
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                size += decoded(form.getContentStream().getCOSObject(), budget + 1 - size);
            }
        }
        return size;
    }

    /**
     * The stream's decoded length, counted up to {@code most}. PDFBox decodes a whole stream before it hands out
     * the first byte, so the usual filter, Flate, is inflated here as it is counted; other filters are rare in
     * page content and are left to PDFBox.
     */
    private static long decoded(COSStream stream, long most) throws IOException {
        COSBase filter = stream.getFilters();
        boolean flate = COSName.FLATE_DECODE.equals(filter) || filter instanceof COSArray a && a.size() == 1
                && COSName.FLATE_DECODE.equals(a.getObject(0));
        if (filter == null) {
            return Math.min(stream.getLength(), most);
        }
        try (InputStream in = flate ? new InflaterInputStream(stream.createRawInputStream())
                : stream.createInputStream()) {
            return count(in, most);
        }
    }

    private static long count(InputStream in, long most) throws IOException {
        byte[] buffer = new byte[65536];
        long n = 0;
        int read;
        while (n < most && (read = in.read(buffer, 0, (int) Math.min(buffer.length, most - n))) > 0) {
            n += read;
        }
        return n;
    }
}
