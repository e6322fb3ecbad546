package cn.jiyuan.mediation.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;

/**
 * The one document pipeline: a Thymeleaf HTML template under {@code src/main/resources/templates/documents/}
 * (XHTML with CSS paged media: page size, margins, page numbers), filled with values and laid out to PDF by
 * openhtmltopdf over PDFBox, in the bundled Chinese font embedded as a subset. Agreements today; monthly
 * reports, summaries and booklets are further templates through the same {@link #render}.
 *
 * <p>Templates print values with {@code th:text}, which escapes them: text typed by a user shows as text,
 * never as markup. A PDF depends only on the template, the values and the document date (fixed producer,
 * creation date and file identifier), so the same document renders to the same bytes.
 *
 * <p>Thread-safe: the template engine and the font bytes are shared; each call has its own PDF and font.
 */
@Component
public class PdfDocuments {

    /** Written into every PDF's producer field instead of the library's name and version. */
    static final String PRODUCER = "济源示范区人民调解案件编排平台";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static {
        // openhtmltopdf writes to a console handler of its own by default, past the application's logging and its
        // personal-data masking (logback-spring.xml), and narrates every document at INFO. Its warnings go to the
        // parent java.util.logging handlers instead, which Spring Boot bridges to logback.
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new Handler() {
            @Override
            public void publish(LogRecord record) {
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, new SimpleFormatter()));
    }

    private final TemplateEngine engine = new TemplateEngine();
    private final DocumentFont font = new DocumentFont();

    public PdfDocuments() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.addDialect(new DocumentDialect());
    }

    /**
     * Renders a template to PDF.
     *
     * @param template e.g. {@code documents/agreement}
     * @param values the template's variables (records are read with {@code ${x.name()}}, maps with {@code ${x.name}})
     * @param documentDate the date the document carries; it becomes the PDF's creation date
     * @return the PDF bytes
     */
    public byte[] render(String template, Map<String, ?> values, LocalDate documentDate) {
        if (documentDate == null) {
            throw new IllegalArgumentException("documentDate: is required");
        }
        Context context = new Context();
        values.forEach(context::setVariable);
        String html = XmlText.withoutIllegalCharacters(engine.process(template, context));
        try (TrueTypeCollection collection = font.open();
                PDDocument pdf = new PDDocument()) {
            TrueTypeFont face = collection.getFontByName(DocumentFont.POSTSCRIPT_NAME);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(pdf)
                    .useFont(new PDFontSupplier(null) {
                        private PDFont loaded;

                        @Override
                        public PDFont supply() {
                            if (loaded == null) {
                                try {
                                    loaded = PDType0Font.load(pdf, face, true); // subset, built when saved
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            }
                            return loaded;
                        }
                    }, DocumentFont.FAMILY, 400, FontStyle.NORMAL, true)
                    // Templates are self-contained: nothing is fetched from a file, the network or the classpath.
                    .useUriResolver((baseUri, uri) -> null)
                    .withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFKeepOpen();
                fixMetadata(pdf, documentDate, html);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                pdf.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + template, e);
        }
    }

    /**
     * Checks that the embedded font can draw every character of the given texts, so that a document never
     * prints a blank or a box where a name should be.
     *
     * @param fields text by field name (null texts are skipped)
     * @throws UndisplayableCharacterException naming the first field with a character the font lacks
     */
    public void requireDisplayable(Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String text = field.getValue();
            if (text == null) {
                continue;
            }
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && !font.displays(cp)) {
                    throw new UndisplayableCharacterException(field.getKey(), cp);
                }
                i += Character.charCount(cp);
            }
        }
    }

    /**
     * Replaces what would change from one run to the next (creation time, the library's producer string, the
     * random file identifier) with values derived from the document itself.
     */
    private static void fixMetadata(PDDocument pdf, LocalDate documentDate, String html) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Calendar created = GregorianCalendar.from(documentDate.atStartOfDay(ZONE));
        created.setTimeZone(TimeZone.getTimeZone(ZONE));
        info.setCreationDate(created);
        info.setModificationDate(null);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        pdf.getDocumentCatalog().setLanguage("zh-CN");
        byte[] id = Arrays.copyOf(sha256(html + '\n' + documentDate), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
