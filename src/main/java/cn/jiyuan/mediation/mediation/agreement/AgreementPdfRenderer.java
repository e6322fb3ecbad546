package cn.jiyuan.mediation.mediation.agreement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link AgreementDocument} as a printable A4 PDF (人民调解协议书).
 *
 * <p>Chinese text is set in WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0), shipped in the jar under
 * {@value #FONT_RESOURCE} and embedded as a subset in every PDF, so the document displays the same on
 * a machine without any Chinese font and nothing depends on the fonts of the host.
 *
 * <p>Thread-safe: the font file is read from the classpath once, into an immutable byte array; each
 * {@link #render} call parses its own font instance from those bytes because FontBox font objects and
 * PDFBox documents must not be shared between threads.
 */
@Component
public class AgreementPdfRenderer {

    /** Classpath location of the font collection. */
    static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";
    /** PostScript name of the proportional face inside the collection. */
    static final String FONT_NAME = "WenQuanYiMicroHei";

    // Geometry in PDF points (1/72 inch) on A4.
    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    private static final float MARGIN_LEFT = 79f;   // ~28 mm
    private static final float MARGIN_RIGHT = 74f;  // ~26 mm
    private static final float MARGIN_TOP = 72f;    // ~25 mm
    private static final float MARGIN_BOTTOM = 72f;
    private static final float FOOTER_BASELINE = 40f;
    private static final float CONTENT_LEFT = MARGIN_LEFT;
    private static final float CONTENT_RIGHT = PAGE_SIZE.getWidth() - MARGIN_RIGHT;
    private static final float CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT;

    private static final float TITLE_SIZE = 22f;
    private static final float HEADING_SIZE = 14f;
    private static final float BODY_SIZE = 13f;
    private static final float BODY_LEADING = BODY_SIZE * 1.75f;
    private static final float SMALL_SIZE = 9f;
    private static final float SIGNATURE_ROW_HEIGHT = 34f;
    private static final float INDENT = 2 * BODY_SIZE; // first-line indent of two characters

    /** Characters that must not begin a line (行首禁则). */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—％·～,.;:?!)]}%";
    /** Characters that must not end a line (行尾禁则). */
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private static final char[] CHINESE_DIGITS = {'〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'};

    private final byte[] fontCollection;

    /** Loads the bundled font from the classpath; fails fast when it is missing or unusable. */
    public AgreementPdfRenderer() {
        try (InputStream in = AgreementPdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font resource " + FONT_RESOURCE + " is missing from the classpath");
            }
            this.fontCollection = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font resource " + FONT_RESOURCE, e);
        }
        try (TrueTypeCollection collection = openCollection()) {
            if (collection.getFontByName(FONT_NAME) == null) {
                throw new IllegalStateException("Font " + FONT_NAME + " not found in " + FONT_RESOURCE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse font resource " + FONT_RESOURCE, e);
        }
    }

    /**
     * Renders the agreement.
     *
     * @return the PDF bytes
     * @throws IllegalArgumentException when {@code doc} is null or contains a character the embedded
     *     font cannot display (the message names the field)
     */
    public byte[] render(AgreementDocument doc) {
        if (doc == null) {
            throw new IllegalArgumentException("doc: is required");
        }
        try (TrueTypeCollection collection = openCollection();
                PDDocument pdf = new PDDocument()) {
            TrueTypeFont ttf = collection.getFontByName(FONT_NAME);
            checkGlyphs(ttf.getUnicodeCmapLookup(), doc);
            PDType0Font font = PDType0Font.load(pdf, ttf, true);

            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("人民调解协议书 " + doc.caseNumber());
            info.setSubject("人民调解协议书");
            info.setAuthor(doc.committeeName());
            info.setCreator("cn.jiyuan.mediation");
            pdf.getDocumentCatalog().setLanguage("zh-CN");

            new Writer(pdf, font).write(doc);

            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out); // the font subset is built and embedded here
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render agreement " + doc.caseNumber(), e);
        }
    }

    private TrueTypeCollection openCollection() throws IOException {
        return new TrueTypeCollection(new ByteArrayInputStream(fontCollection));
    }

    // ---------------------------------------------------------------------------------------------
    // Glyph coverage

    private static void checkGlyphs(CmapLookup cmap, AgreementDocument doc) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("caseNumber", doc.caseNumber());
        fields.put("committeeName", doc.committeeName());
        for (int i = 0; i < doc.parties().size(); i++) {
            AgreementDocument.Party p = doc.parties().get(i);
            fields.put("parties[" + i + "].name", p.name());
            fields.put("parties[" + i + "].gender", p.gender());
            fields.put("parties[" + i + "].idNumberMasked", p.idNumberMasked());
            fields.put("parties[" + i + "].phoneMasked", p.phoneMasked());
            fields.put("parties[" + i + "].address", p.address());
        }
        fields.put("disputeFacts", doc.disputeFacts());
        fields.put("disputedPointsAndResponsibility", doc.disputedPointsAndResponsibility());
        for (int i = 0; i < doc.agreedTerms().size(); i++) {
            fields.put("agreedTerms[" + i + "]", doc.agreedTerms().get(i));
        }
        fields.put("performanceMethod", doc.performanceMethod());
        for (int i = 0; i < doc.mediatorNames().size(); i++) {
            fields.put("mediatorNames[" + i + "]", doc.mediatorNames().get(i));
        }
        fields.put("judicialConfirmationNotice", doc.judicialConfirmationNotice());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String text = field.getValue();
            if (text == null) {
                continue;
            }
            String normalized = normalize(text);
            for (int i = 0; i < normalized.length(); ) {
                int cp = normalized.codePointAt(i);
                if (cp != '\n' && cp != ' ' && cmap.getGlyphId(cp) == 0) {
                    throw new IllegalArgumentException(field.getKey() + ": character '"
                            + new String(Character.toChars(cp)) + "' (U+" + String.format("%04X", cp)
                            + ") cannot be displayed by the embedded font " + FONT_NAME);
                }
                i += Character.charCount(cp);
            }
        }
    }

    /** Unifies line breaks and turns tabs and other blanks into plain spaces. */
    static String normalize(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(unified.length());
        unified.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append('\n');
            } else if (cp == '\u3000') {
                sb.append('\u3000'); // ideographic space is a real glyph and kept
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Line breaking

    /** Width of one code point in points. */
    @FunctionalInterface
    interface CodePointWidth {
        float width(int codePoint);
    }

    /**
     * Breaks one paragraph (no line breaks inside) into lines. CJK characters may break anywhere;
     * runs of other non-blank characters (numbers, Latin words, masked numbers) are kept whole unless
     * longer than a line; blanks are break opportunities and vanish at line ends. Closing punctuation
     * never starts a line and opening brackets never end one: the preceding character is carried over.
     *
     * @param firstWidth available width of the first line
     * @param otherWidth available width of the following lines
     */
    static List<String> wrap(String paragraph, float firstWidth, float otherWidth, CodePointWidth widthOf) {
        Deque<String> tokens = new ArrayDeque<>(tokenize(paragraph));
        List<String> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        float currentWidth = 0;
        float limit = firstWidth;
        while (!tokens.isEmpty()) {
            String token = tokens.pollFirst();
            float w = width(token, widthOf);
            if (token.equals(" ")) {
                if (current.isEmpty()) {
                    continue;
                }
                if (currentWidth + w > limit) {
                    lines.add(join(current));
                    current.clear();
                    currentWidth = 0;
                    limit = otherWidth;
                } else {
                    current.add(token);
                    currentWidth += w;
                }
                continue;
            }
            if (w > limit && token.codePointCount(0, token.length()) > 1) {
                // An unbreakable run longer than a line: split it into single characters.
                int[] cps = token.codePoints().toArray();
                for (int i = cps.length - 1; i >= 0; i--) {
                    tokens.addFirst(new String(Character.toChars(cps[i])));
                }
                continue;
            }
            if (currentWidth + w <= limit || current.isEmpty()) {
                current.add(token);
                currentWidth += w;
                continue;
            }
            // The token does not fit: end the line, carrying characters over as the rules demand.
            Deque<String> carry = new ArrayDeque<>();
            carry.addFirst(token);
            while (current.size() > 1 && isNoLineStart(carry.peekFirst())) {
                carry.addFirst(current.remove(current.size() - 1));
            }
            while (current.size() > 1 && isNoLineEnd(current.get(current.size() - 1))) {
                carry.addFirst(current.remove(current.size() - 1));
            }
            while (!current.isEmpty() && current.get(current.size() - 1).equals(" ")) {
                current.remove(current.size() - 1);
            }
            lines.add(join(current));
            current.clear();
            currentWidth = 0;
            limit = otherWidth;
            while (!carry.isEmpty()) {
                tokens.addFirst(carry.pollLast());
            }
        }
        while (!current.isEmpty() && current.get(current.size() - 1).equals(" ")) {
            current.remove(current.size() - 1);
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(join(current));
        }
        return lines;
    }

    private static List<String> tokenize(String paragraph) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        paragraph.codePoints().forEach(cp -> {
            if (cp == ' ') {
                flush(word, tokens);
                if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(" ")) {
                    tokens.add(" ");
                }
            } else if (isBreakAnywhere(cp)) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    /** CJK ideographs, kana, hangul, CJK and full-width punctuation, and general punctuation. */
    private static boolean isBreakAnywhere(int cp) {
        return cp >= 0x2E80 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x00B7;
    }

    private static boolean isNoLineStart(String token) {
        return token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
    }

    private static boolean isNoLineEnd(String token) {
        return token.length() == 1 && NO_LINE_END.indexOf(token.charAt(0)) >= 0;
    }

    private static float width(String text, CodePointWidth widthOf) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += widthOf.width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static String join(List<String> tokens) {
        return String.join("", tokens);
    }

    // ---------------------------------------------------------------------------------------------
    // Dates and numbers

    /** {@code 2026-11-28} → {@code 二〇二六年十一月二十八日}. */
    static String chineseDate(LocalDate date) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(date.getYear()).toCharArray()) {
            sb.append(CHINESE_DIGITS[c - '0']);
        }
        return sb.append('年').append(chineseNumber(date.getMonthValue())).append('月')
                .append(chineseNumber(date.getDayOfMonth())).append('日').toString();
    }

    /** {@code 2026-12-31} → {@code 2026年12月31日}. */
    static String arabicDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 31 → 三十一 (0–99). */
    static String chineseNumber(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("n: must be 0-99 but was " + n);
        }
        if (n < 10) {
            return String.valueOf(CHINESE_DIGITS[n]);
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(CHINESE_DIGITS[tens])) + "十"
                + (ones == 0 ? "" : String.valueOf(CHINESE_DIGITS[ones]));
    }

    // ---------------------------------------------------------------------------------------------
    // Page writer: one per render call, never shared.

    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final Map<Integer, Float> unitWidths = new HashMap<>(); // glyph width in 1/1000 em
        private PDPageContentStream cs;
        private float y; // baseline of the last line written

        Writer(PDDocument pdf, PDType0Font font) {
            this.pdf = pdf;
            this.font = font;
        }

        void write(AgreementDocument doc) throws IOException {
            newPage();
            try {
                writeBody(doc);
            } finally {
                cs.close();
            }
            writeFooters(doc.caseNumber());
        }

        private void writeBody(AgreementDocument doc) throws IOException {
            // Title and case number
            y -= TITLE_SIZE;
            float titleSpacing = TITLE_SIZE * 0.3f;
            String title = "人民调解协议书";
            float titleWidth = textWidth(title, TITLE_SIZE) + titleSpacing * (title.codePointCount(0, title.length()) - 1);
            show(title, CONTENT_LEFT + (CONTENT_WIDTH - titleWidth) / 2, y, TITLE_SIZE, titleSpacing, true);
            y -= BODY_LEADING * 1.3f;
            show(doc.caseNumber(), CONTENT_RIGHT - textWidth(doc.caseNumber(), BODY_SIZE), y, BODY_SIZE, 0, false);
            y -= BODY_LEADING * 0.5f;

            heading("一、当事人基本情况");
            for (AgreementDocument.Party party : doc.parties()) {
                paragraph(describe(party), INDENT, 0);
            }

            heading("二、纠纷主要事实、争议事项及各方责任");
            paragraph("（一）纠纷主要事实", INDENT, 0);
            paragraph(doc.disputeFacts(), INDENT, 0);
            paragraph("（二）争议事项及各方责任", INDENT, 0);
            paragraph(doc.disputedPointsAndResponsibility(), INDENT, 0);

            heading("三、经调解，自愿达成如下协议");
            List<String> terms = doc.agreedTerms();
            for (int i = 0; i < terms.size(); i++) {
                paragraph((i + 1) + "．" + terms.get(i), INDENT, 0);
            }

            heading("四、履行方式、时限");
            paragraph("履行方式：" + doc.performanceMethod(), INDENT, 0);
            paragraph("履行期限：本协议约定的义务应于" + arabicDate(doc.performanceDeadline()) + "前履行完毕。",
                    INDENT, 0);

            heading("五、司法确认提示");
            paragraph(doc.judicialConfirmationNotice(), INDENT, 0);

            String closing = "本协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。"
                    + "本协议书一式" + chineseNumber(Math.min(doc.parties().size() + 1, 99))
                    + "份，当事人各执一份，人民调解委员会留存一份。";
            signatureBlock(doc, closing);
        }

        private static String describe(AgreementDocument.Party p) {
            StringJoiner j = new StringJoiner("，", p.role() + "：", "。");
            j.add(p.name());
            if (p.gender() != null) {
                j.add(p.gender());
            }
            if (p.idNumberMasked() != null) {
                j.add("公民身份号码：" + p.idNumberMasked());
            }
            if (p.phoneMasked() != null) {
                j.add("联系电话：" + p.phoneMasked());
            }
            if (p.address() != null) {
                j.add("住址：" + p.address());
            }
            return j.toString();
        }

        /**
         * Writes the closing paragraph and the signature block, kept on one page when they fit on one,
         * so that the signatures never stand on a page without any text of the agreement.
         */
        private void signatureBlock(AgreementDocument doc, String closing) throws IOException {
            float lineStart = CONTENT_LEFT + CONTENT_WIDTH * 0.5f;
            float labelWidth = lineStart - (CONTENT_LEFT + INDENT) - BODY_SIZE;

            List<List<String>> partyLabels = new ArrayList<>();
            for (AgreementDocument.Party p : doc.parties()) {
                partyLabels.add(wrapText(p.role() + "：" + p.name(), labelWidth, labelWidth, BODY_SIZE));
            }
            List<List<String>> mediatorLabels = new ArrayList<>();
            for (String name : doc.mediatorNames()) {
                mediatorLabels.add(wrapText(name, labelWidth, labelWidth, BODY_SIZE));
            }
            String seal = doc.committeeName() + "（印章）";
            List<String> sealLines = wrapText(seal, CONTENT_WIDTH * 0.75f, CONTENT_WIDTH * 0.75f, BODY_SIZE);

            int closingLines = wrapText(closing, CONTENT_WIDTH - INDENT, CONTENT_WIDTH, BODY_SIZE).size();
            float height = BODY_LEADING * 0.3f + closingLines * BODY_LEADING
                    + BODY_LEADING * 2f + 2 * BODY_LEADING
                    + rowsHeight(partyLabels) + rowsHeight(mediatorLabels)
                    + BODY_LEADING * 1.5f + sealLines.size() * BODY_LEADING + BODY_LEADING * 1.5f;
            float usable = PAGE_SIZE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
            if (height <= usable) {
                ensureSpace(height);
            }
            y -= BODY_LEADING * 0.3f;
            paragraph(closing, INDENT, 0);
            y -= BODY_LEADING * 0.5f;

            line("当事人（签名）：", CONTENT_LEFT, true);
            for (List<String> label : partyLabels) {
                signatureRow(label, lineStart);
            }
            y -= BODY_LEADING * 0.5f;
            line("人民调解员（签名）：", CONTENT_LEFT, true);
            for (List<String> label : mediatorLabels) {
                signatureRow(label, lineStart);
            }

            ensureSpace(BODY_LEADING * 1.5f + sealLines.size() * BODY_LEADING + BODY_LEADING * 1.5f);
            y -= BODY_LEADING * 1.5f;
            for (String sealLine : sealLines) {
                y -= BODY_LEADING;
                show(sealLine, CONTENT_RIGHT - textWidth(sealLine, BODY_SIZE), y, BODY_SIZE, 0, false);
            }
            y -= BODY_LEADING * 1.5f;
            String date = chineseDate(doc.agreementDate());
            show(date, CONTENT_RIGHT - textWidth(date, BODY_SIZE), y, BODY_SIZE, 0, false);
        }

        private static float rowsHeight(List<List<String>> labels) {
            float h = 0;
            for (List<String> label : labels) {
                h += SIGNATURE_ROW_HEIGHT + (label.size() - 1) * BODY_LEADING;
            }
            return h;
        }

        private void signatureRow(List<String> label, float lineStart) throws IOException {
            ensureSpace(SIGNATURE_ROW_HEIGHT + (label.size() - 1) * BODY_LEADING);
            y -= SIGNATURE_ROW_HEIGHT - BODY_LEADING;
            for (String part : label) {
                y -= BODY_LEADING;
                show(part, CONTENT_LEFT + INDENT, y, BODY_SIZE, 0, false);
            }
            cs.setLineWidth(0.6f);
            cs.moveTo(lineStart, y - 2);
            cs.lineTo(CONTENT_RIGHT, y - 2);
            cs.stroke();
        }

        private void heading(String text) throws IOException {
            // keep the heading with at least two lines of what follows
            ensureSpace(BODY_LEADING * 1.4f + 2 * BODY_LEADING);
            y -= BODY_LEADING * 0.4f;
            line(text, CONTENT_LEFT, true, HEADING_SIZE);
        }

        private void line(String text, float x, boolean bold) throws IOException {
            line(text, x, bold, BODY_SIZE);
        }

        private void line(String text, float x, boolean bold, float size) throws IOException {
            ensureSpace(BODY_LEADING);
            y -= BODY_LEADING;
            show(text, x, y, size, 0, bold);
        }

        /** Writes text as justified paragraphs; each line break in {@code text} starts a new one. */
        private void paragraph(String text, float firstIndent, float indent) throws IOException {
            for (String para : normalize(text).split("\n")) {
                if (para.isBlank()) {
                    continue;
                }
                float firstWidth = CONTENT_WIDTH - firstIndent;
                float otherWidth = CONTENT_WIDTH - indent;
                List<String> lines = wrapText(para.strip(), firstWidth, otherWidth, BODY_SIZE);
                for (int i = 0; i < lines.size(); i++) {
                    String text1 = lines.get(i);
                    float available = i == 0 ? firstWidth : otherWidth;
                    float x = CONTENT_LEFT + (i == 0 ? firstIndent : indent);
                    float spacing = 0;
                    int glyphs = text1.codePointCount(0, text1.length());
                    if (i < lines.size() - 1 && glyphs > 1) {
                        float extra = (available - textWidth(text1, BODY_SIZE)) / (glyphs - 1);
                        // justify, unless that would visibly spread the characters (a line ended early
                        // before a long number): then leave it ragged
                        spacing = extra > 0 && extra <= BODY_SIZE * 0.15f ? extra : 0;
                    }
                    ensureSpace(BODY_LEADING);
                    y -= BODY_LEADING;
                    show(text1, x, y, BODY_SIZE, spacing, false);
                }
            }
        }

        private List<String> wrapText(String text, float firstWidth, float otherWidth, float size) {
            return wrap(normalize(text).replace('\n', ' '), firstWidth, otherWidth, cp -> unitWidth(cp) * size / 1000f);
        }

        private float textWidth(String text, float size) {
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                w += unitWidth(cp);
                i += Character.charCount(cp);
            }
            return w * size / 1000f;
        }

        private float unitWidth(int cp) {
            return unitWidths.computeIfAbsent(cp, c -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(c)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        private void show(String text, float x, float baseline, float size, float charSpacing, boolean bold)
                throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.setCharacterSpacing(charSpacing);
            if (bold) {
                // The face has no bold weight: emulate it by stroking the outlines as well.
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(size * 0.035f);
            } else {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        }

        private void ensureSpace(float height) throws IOException {
            if (y - height < MARGIN_BOTTOM) {
                cs.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PAGE_SIZE);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            y = PAGE_SIZE.getHeight() - MARGIN_TOP;
        }

        private void writeFooters(String caseNumber) throws IOException {
            int total = pdf.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PDPage page = pdf.getPage(i);
                try (PDPageContentStream footer =
                        new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = footer;
                    String text = caseNumber + "　第" + (i + 1) + "页　共" + total + "页";
                    show(text, CONTENT_LEFT + (CONTENT_WIDTH - textWidth(text, SMALL_SIZE)) / 2,
                            FOOTER_BASELINE, SMALL_SIZE, 0, false);
                } finally {
                    cs = null;
                }
            }
        }
    }
}
