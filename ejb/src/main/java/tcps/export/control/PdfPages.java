package tcps.export.control;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays text and tables out top to bottom on landscape A4 pages, starting a new page when one is full; a table whose
 * rows run onto a new page repeats its column names there. Text the standard fonts cannot show becomes '?', line
 * breaks become spaces, and a cell too long for its column ends in "...".
 */
final class PdfPages implements Closeable {

    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float FOOTER = 20;
    private static final float TEXT_SIZE = 8;
    private static final float ROW = 11;
    private static final float CELL_PADDING = 4;
    private static final String ELLIPSIS = "...";
    // WinAnsi (the standard fonts' encoding) holds nothing above U+2122 (the trade mark sign), so this stays small
    private static final int HIGHEST_WIN_ANSI = 0x2122;
    // Both fonts are standard Helvetica in WinAnsi: what one encodes, the other does
    private static final Map<Integer, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;
    private float[] columns;
    private String[] headers;

    PdfPages(PDDocument document) {
        this.document = document;
    }

    void title(String text) throws IOException {
        write(bold, 16, text, 22);
    }

    void line(String text) throws IOException {
        write(regular, TEXT_SIZE + 1, text, ROW + 2);
    }

    /** A section's heading, kept on one page with at least the first rows that follow it. */
    void heading(String text) throws IOException {
        endTable();
        y -= 8;
        ensure(18 + 3 * ROW);
        write(bold, 12, text, 18);
    }

    /** Starts a table; {@code widths} are fractions of the printable width, one per column. */
    void table(float[] widths, String... names) throws IOException {
        columns = widths;
        headers = names;
        ensure(2 * ROW);
        header();
    }

    void row(String... cells) throws IOException {
        if (ensure(ROW)) {
            header();
        }
        cells(regular, cells);
    }

    void endTable() {
        columns = null;
        headers = null;
    }

    /** Numbers every page ("Page 3 of 12") under {@code title}; call once every row is written. */
    void footers(String title) throws IOException {
        closePage();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(
                    document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                text(footer, regular, 8, MARGIN, MARGIN - 12, printable(regular, title));
                String page = "Page " + (i + 1) + " of " + count;
                text(footer, regular, 8, SIZE.getWidth() - MARGIN - width(regular, 8, page), MARGIN - 12, page);
            }
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
    }

    private void header() throws IOException {
        cells(bold, headers);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y + 3);
        content.lineTo(SIZE.getWidth() - MARGIN, y + 3);
        content.stroke();
    }

    private void cells(PDFont font, String... cells) throws IOException {
        float x = MARGIN;
        float printable = SIZE.getWidth() - 2 * MARGIN;
        for (int i = 0; i < columns.length; i++) {
            float width = columns[i] * printable;
            String cell = i < cells.length && cells[i] != null ? cells[i] : "";
            text(content, font, TEXT_SIZE, x, y - TEXT_SIZE, fit(font, cell, width - CELL_PADDING));
            x += width;
        }
        y -= ROW;
    }

    private void write(PDFont font, float size, String text, float height) throws IOException {
        ensure(height);
        String shown = fit(font, text, SIZE.getWidth() - 2 * MARGIN, size);
        text(content, font, size, MARGIN, y - size, shown);
        y -= height;
    }

    /** Makes room for {@code height} below the cursor; answers whether that took a new page. */
    private boolean ensure(float height) throws IOException {
        if (content != null && y - height >= MARGIN + FOOTER) {
            return false;
        }
        closePage();
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN;
        return true;
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private static void text(PDPageContentStream stream, PDFont font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    private String fit(PDFont font, String raw, float width) throws IOException {
        return fit(font, raw, width, TEXT_SIZE);
    }

    /** The longest start of the text that fits, with an ellipsis when it was cut (binary search on the length). */
    static String fit(PDFont font, String raw, float width, float size) throws IOException {
        String text = printable(font, raw);
        if (width(font, size, text) <= width) {
            return text;
        }
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(font, size, text.substring(0, middle) + ELLIPSIS) <= width) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return text.substring(0, fits) + ELLIPSIS;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Control characters (line breaks, tabs) as spaces, characters the font cannot encode as '?'. */
    static String printable(PDFont font, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(' ');
            } else if (c <= HIGHEST_WIN_ANSI && ENCODABLE.computeIfAbsent(c, point -> encodable(font, point))) {
                shown.appendCodePoint(c);
            } else {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private static boolean encodable(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
