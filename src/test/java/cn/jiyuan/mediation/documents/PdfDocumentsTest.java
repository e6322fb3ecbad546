package cn.jiyuan.mediation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared pipeline with a document other than the agreement (test template {@code documents/pipeline-sample}). */
class PdfDocumentsTest {

    private static PdfDocuments documents;

    @BeforeAll
    static void setUp() {
        documents = new PdfDocuments();
    }

    @Test
    void anyTemplateRendersWithThePageSetupTheFontAndEscapedValues(@TempDir Path dir) throws IOException {
        // an image that exists and that a template names: the pipeline must not read it
        Path logo = dir.resolve("logo.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("logo", logo.toUri().toString());
        values.put("title", "2026年11月调解工作月报");
        values.put("note", "本月受理纠纷<b>12</b>件${x}。\u0007");
        values.put("rows", List.of(Map.of("name", "沁园街道人民调解委员会", "count", 7),
                Map.of("name", "克井镇人民调解委员会", "count", 5)));
        byte[] pdf = documents.render("documents/pipeline-sample", values, LocalDate.of(2026, 12, 1));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("[\\s\u3000]+", "");
            assertThat(text).containsSubsequence("2026年11月调解工作月报", "本月受理纠纷<b>12</b>件${x}。",
                    "沁园街道人民调解委员会7", "克井镇人民调解委员会5", "第1页共1页");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("2026年11月调解工作月报");
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(font.getName()).endsWith("+WenQuanYiMicroHei");
                }
                // the template's image file was not read: no image in the page's resources
                assertThat(page.getResources().getXObjectNames()).isEmpty();
            }
        }
    }

    @Test
    void reportsTheFieldWithACharacterTheFontCannotDraw() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "张三");
        fields.put("address", "济源市\uD83D\uDE00");
        assertThatThrownBy(() -> documents.requireDisplayable(fields))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("address: character");
        fields.remove("address");
        fields.put("notes", null);
        documents.requireDisplayable(fields);
        assertThatThrownBy(() -> documents.render("documents/pipeline-sample", Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("documentDate");
    }

    @Test
    void charactersXmlForbidsBecomeSpaces() {
        assertThat(XmlText.withoutIllegalCharacters("甲\u0001乙\uD800丙\t\n")).isEqualTo("甲 乙 丙\t\n");
        String clean = "人民调解<b>";
        assertThat(XmlText.withoutIllegalCharacters(clean)).isSameAs(clean);
    }
}
