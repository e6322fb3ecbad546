package cn.jiyuan.mediation.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The Chinese face every document is set in: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0), shipped in the jar
 * as a TrueType collection so that a PDF reads the same on a machine without any Chinese font.
 *
 * <p>Thread-safe: the collection is read once into an immutable byte array and its character coverage into a
 * bit set; {@link #open()} parses a fresh collection for each document because FontBox fonts and PDFBox
 * documents must not be shared between threads.
 */
final class DocumentFont {

    /** Classpath location of the font collection. */
    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    /** PostScript name of the proportional face inside the collection (the other one is monospaced). */
    static final String POSTSCRIPT_NAME = "WenQuanYiMicroHei";
    /** The family name the templates' CSS asks for. */
    static final String FAMILY = "WenQuanYi Micro Hei";

    private final byte[] collection;
    private final BitSet covered = new BitSet(Character.MAX_CODE_POINT + 1);

    /** Loads the bundled font from the classpath; fails fast when it is missing or unusable. */
    DocumentFont() {
        try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font resource " + RESOURCE + " is missing from the classpath");
            }
            this.collection = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font resource " + RESOURCE, e);
        }
        try (TrueTypeCollection ttc = open()) {
            TrueTypeFont font = ttc.getFontByName(POSTSCRIPT_NAME);
            if (font == null) {
                throw new IllegalStateException("Font " + POSTSCRIPT_NAME + " not found in " + RESOURCE);
            }
            // Once, so that checking a document's text costs a bit lookup per character.
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    covered.set(cp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse font resource " + RESOURCE, e);
        }
    }

    /** Whether the face has a glyph for the code point. */
    boolean displays(int codePoint) {
        return covered.get(codePoint);
    }

    /** A fresh collection for one document; close it after the document is saved (subsetting reads it). */
    TrueTypeCollection open() throws IOException {
        return new TrueTypeCollection(new ByteArrayInputStream(collection));
    }
}
