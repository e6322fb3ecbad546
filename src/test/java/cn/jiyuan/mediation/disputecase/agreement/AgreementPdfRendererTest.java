package cn.jiyuan.mediation.disputecase.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jiyuan.mediation.documents.PdfDocuments;

class AgreementPdfRendererTest {

    private static final LocalDate AGREEMENT_DATE = LocalDate.of(2026, 11, 28);
    private static final String TERM_1 = "被申请人李四于2026年12月31日前一次性赔偿申请人张三房屋漏水造成的装修损失、家具损失及临时租房费用共计人民币"
            + "叁万伍仟元整（¥35,000.00），通过银行转账支付至申请人指定账户（账号6222****1234）。";
    private static final String TERM_2 = "被申请人李四应于2026年12月15日前，自行委托具有资质的施工单位对其卫生间防水层进行全面翻修，"
            + "翻修期间如需进入申请人房屋查看，应提前一日告知申请人，申请人应予以配合。";
    private static final String TERM_3 = "双方就本纠纷再无其他争议，今后不得再以同一事实和理由向对方主张任何权利。";

    private static AgreementPdfRenderer renderer;

    @BeforeAll
    static void setUp() {
        renderer = new AgreementPdfRenderer(new PdfDocuments());
    }

    // ---------------------------------------------------------------------------------------------
    // Rendering

    @Test
    void rendersTheChineseTextInOrderInAnEmbeddedSubsetFont() throws IOException {
        byte[] pdf = renderer.render(sample());
        Path out = Path.of("target", "agreement-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = bodyText(doc);
            // everything the agreement prints, in the order it is printed
            assertThat(text).containsSubsequence(
                    "人民调解协议书",
                    "（2026）济沁园调字第12号",
                    "一、当事人基本情况",
                    "申请人：张三，男，36岁，汉族，职业：教师，工作单位：济源市沁园街道北海小学，住所：河南省济源市沁园街道北海社区"
                            + "幸福家园小区3号楼2单元501室，公民身份号码：410881199001011234，联系电话：13812345678。",
                    "被申请人：李四，女，41岁，回族，职业：个体经营者，住所：河南省济源市沁园街道北海社区幸福家园小区3号楼2单元601室，"
                            + "公民身份号码：410881198505055678，联系电话：13943214321。",
                    "被申请人：济源市某某物业服务有限公司，住所：河南省济源市沁园街道北海路18号，法定代表人：王建设，联系电话：0391-6612345。",
                    "二、纠纷主要事实、争议事项及各方责任",
                    "三、经调解，自愿达成如下协议",
                    compact("1．" + TERM_1),
                    compact("2．" + TERM_2),
                    compact("3．" + TERM_3),
                    "四、履行方式、时限",
                    "履行期限：本协议约定的义务应于2026年12月31日前履行完毕。",
                    "五、司法确认提示",
                    "三十日内共同向人民法院申请司法确认",
                    "本协议书一式四份",
                    "当事人（签名、盖章或者按指印）：",
                    "申请人：张三",
                    "被申请人：李四",
                    "被申请人：济源市某某物业服务有限公司（盖章）",
                    "法定代表人：王建设",
                    "人民调解员（签名）：",
                    "王五",
                    "赵六",
                    "济源市沁园街道人民调解委员会（印）",
                    "二〇二六年十一月二十八日");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("人民调解协议书 （2026）济沁园调字第12号");

            List<PDFont> fonts = fontsOf(doc);
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+" + "WenQuanYiMicroHei");
                PDCIDFont descendant = ((PDType0Font) font).getDescendantFont();
                PDFontDescriptor descriptor = descendant.getFontDescriptor();
                assertThat(descriptor.getFontFile2()).as("TrueType font program (FontFile2)").isNotNull();
                // a subset: far smaller than the 5 MB font file
                assertThat(descriptor.getFontFile2().getCOSObject().getLength()).isLessThan(1_000_000);
                assertThat(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).isNotNull();
            }
        }
    }

    @Test
    void wrapsLongLinesInsideTheMargins() throws IOException {
        byte[] pdf = renderer.render(sample());
        float pageWidth = 595.27f;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float[] extent = {Float.MAX_VALUE, 0};
            forEachGlyph(doc, tp -> {
                extent[0] = Math.min(extent[0], tp.getXDirAdj());
                extent[1] = Math.max(extent[1], tp.getXDirAdj() + tp.getWidthDirAdj());
            });
            assertThat(extent[0]).isGreaterThanOrEqualTo(78f);               // left margin ~28 mm
            assertThat(extent[1]).isLessThanOrEqualTo(pageWidth - 74f + 0.5f); // right margin ~26 mm
        }
    }

    @Test
    void longTermsWrapOntoSeveralLinesAndPagesWithPageNumbers() throws IOException {
        List<String> terms = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            terms.add("第" + i + "项约定：" + TERM_2 + "如一方未按期履行，另一方可就未履行部分申请司法确认后依法申请强制执行。");
        }
        terms.add("最后一项：本协议履行完毕后双方纠纷全部了结。");
        AgreementDocument base = sample();
        AgreementDocument longDoc = new AgreementDocument(base.caseNumber(), base.committeeName(), base.parties(),
                base.disputeFacts().repeat(4), base.disputedPointsAndResponsibility().repeat(3), terms,
                base.performanceMethod(), base.performanceDeadline(), base.mediatorNames(), base.agreementDate());

        byte[] pdf = renderer.render(longDoc);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "agreement-long.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            assertThat(bodyText(doc)).contains("41．最后一项：本协议履行完毕后双方纠纷全部了结。");

            // one term of about 120 characters takes several lines of the page
            String lines = new PDFTextStripper().getText(doc);
            String firstTerm = lines.substring(lines.indexOf("1．第1项约定"), lines.indexOf("2．第2项约定"));
            assertThat(firstTerm.strip().split("\\R")).hasSizeGreaterThanOrEqualTo(3);

            // every page carries the case number and "page n of N" at its foot
            for (int page = 1; page <= pages; page++) {
                assertThat(compact(pageText(doc, page)))
                        .endsWith("（2026）济沁园调字第12号第" + page + "页共" + pages + "页");
            }

            // the closing, the signatures, the seal and the date are kept together on the last page
            assertThat(compact(pageText(doc, pages)))
                    .containsSubsequence("本协议书自各方当事人签名", "当事人（签名、盖章或者按指印）：", "人民调解员（签名）：", "（印）",
                            "二〇二六年十一月二十八日");
            for (PDPage page : doc.getPages()) {
                // A4 (openhtmltopdf rounds the page to its layout units: within 0.1 pt)
                assertThat(page.getMediaBox().getWidth()).isEqualTo(595.2756f, org.assertj.core.data.Offset.offset(0.1f));
                assertThat(page.getMediaBox().getHeight()).isEqualTo(841.8898f, org.assertj.core.data.Offset.offset(0.1f));
            }
            assertEveryFontEmbedded(doc);
        }
    }

    @Test
    void markupAndExpressionsInValuesPrintLiterally() throws IOException {
        String markup = "<b>x</b>${x}#{7*7}[[${y}]]&amp;<script>alert('x')</script>";
        AgreementDocument s = sample();
        AgreementDocument.Party applicant = AgreementDocument.Party.named("申请人", "<b>张三</b>");
        AgreementDocument doc = new AgreementDocument(s.caseNumber(), s.committeeName(),
                List.of(applicant, s.parties().get(1)), "事实。" + markup, s.disputedPointsAndResponsibility(),
                List.of("条款" + markup), s.performanceMethod(), s.performanceDeadline(), List.of("${mediator}"),
                s.agreementDate());
        try (PDDocument pdf = Loader.loadPDF(renderer.render(doc))) {
            String text = bodyText(pdf);
            assertThat(text).contains("申请人：<b>张三</b>。", "事实。" + compact(markup), "1．条款" + compact(markup),
                    "${mediator}", "申请人：<b>张三</b>");
            assertThat(text).doesNotContain("49");
        }
    }

    @Test
    void controlCharactersInPastedTextDoNotBreakTheDocument() throws IOException {
        AgreementDocument s = sample();
        AgreementDocument doc = new AgreementDocument(s.caseNumber(), s.committeeName(), s.parties(),
                "粘贴的文字\u0001带控制字符\u000B。", s.disputedPointsAndResponsibility(), s.agreedTerms(),
                s.performanceMethod(), s.performanceDeadline(), s.mediatorNames(), s.agreementDate());
        try (PDDocument pdf = Loader.loadPDF(renderer.render(doc))) {
            assertThat(bodyText(pdf)).contains("粘贴的文字带控制字符。");
        }
    }

    @Test
    void theSameAgreementRendersToTheSameBytesDatedTheAgreementDate() throws IOException {
        byte[] first = renderer.render(sample());
        byte[] second = renderer.render(sample());
        assertThat(second).isEqualTo(first);
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(AGREEMENT_DATE.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("济源示范区人民调解案件编排平台");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("济源市沁园街道人民调解委员会");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
        AgreementDocument s = sample();
        AgreementDocument later = new AgreementDocument(s.caseNumber(), s.committeeName(), s.parties(),
                s.disputeFacts(), s.disputedPointsAndResponsibility(), s.agreedTerms(), s.performanceMethod(),
                s.performanceDeadline(), s.mediatorNames(), AGREEMENT_DATE.plusDays(1));
        assertThat(renderer.render(later)).isNotEqualTo(first);
    }

    @Test
    void rendersConcurrently() throws Exception {
        AgreementDocument doc = sample();
        String expected;
        try (PDDocument pdf = Loader.loadPDF(renderer.render(doc))) {
            expected = new PDFTextStripper().getText(pdf);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    try (PDDocument pdf = Loader.loadPDF(renderer.render(doc))) {
                        return new PDFTextStripper().getText(pdf);
                    }
                }));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Validation

    @Test
    void rejectsMissingOrMalformedFields() {
        AgreementDocument s = sample();
        List<AgreementDocument.Party> p = s.parties();
        List<String> t = s.agreedTerms();
        List<String> m = s.mediatorNames();
        LocalDate d = s.agreementDate();
        LocalDate dl = s.performanceDeadline();
        String f = s.disputeFacts();
        String r = s.disputedPointsAndResponsibility();
        String pm = s.performanceMethod();
        String c = s.committeeName();
        String n = s.caseNumber();

        assertInvalid("caseNumber", () -> new AgreementDocument(" ", c, p, f, r, t, pm, dl, m, d));
        assertInvalid("committeeName", () -> new AgreementDocument(n, null, p, f, r, t, pm, dl, m, d));
        assertInvalid("parties", () -> new AgreementDocument(n, c, List.of(), f, r, t, pm, dl, m, d));
        assertInvalid("parties", () -> new AgreementDocument(n, c, List.of(p.get(0)), f, r, t, pm, dl, m, d));
        assertInvalid("disputeFacts", () -> new AgreementDocument(n, c, p, "", r, t, pm, dl, m, d));
        assertInvalid("disputedPointsAndResponsibility", () -> new AgreementDocument(n, c, p, f, null, t, pm, dl, m, d));
        assertInvalid("agreedTerms", () -> new AgreementDocument(n, c, p, f, r, List.of(), pm, dl, m, d));
        assertInvalid("agreedTerms[1]", () -> new AgreementDocument(n, c, p, f, r, List.of("一", " "), pm, dl, m, d));
        assertInvalid("performanceMethod", () -> new AgreementDocument(n, c, p, f, r, t, "\n", dl, m, d));
        assertInvalid("performanceDeadline", () -> new AgreementDocument(n, c, p, f, r, t, pm, null, m, d));
        assertInvalid("performanceDeadline", () -> new AgreementDocument(n, c, p, f, r, t, pm, d.minusDays(1), m, d));
        assertInvalid("mediatorNames", () -> new AgreementDocument(n, c, p, f, r, t, pm, dl, null, d));
        assertInvalid("agreementDate", () -> new AgreementDocument(n, c, p, f, r, t, pm, dl, m, null));

        assertInvalid("party.role", () -> AgreementDocument.Party.named("第三人", "王某"));
        assertInvalid("party.name", () -> AgreementDocument.Party.named("申请人", " "));
        assertInvalid("party.age", () -> AgreementDocument.Party.person("申请人", "张三", "男", -1, null, null, null,
                null, null, null));
        assertInvalid("doc", () -> renderer.render(null));

        // a character the embedded font cannot draw is reported with its field, not drawn as a box
        AgreementDocument.Party emoji = AgreementDocument.Party.named("被申请人", "李四\uD83D\uDE00");
        AgreementDocument withEmoji = new AgreementDocument(n, c, List.of(p.get(0), emoji), f, r, t, pm, dl, m, d);
        assertInvalid("parties[1].name", () -> renderer.render(withEmoji));
    }

    @Test
    void optionalPartyFieldsAndDefaultNotice() {
        AgreementDocument.Party company = AgreementDocument.Party.organization("被申请人", "济源市某某物业服务有限公司", " ",
                "法定代表人", "王建设", null);
        assertThat(company.address()).isNull();
        assertThat(company.organization()).isTrue();
        assertThat(company.sex()).isNull();
        AgreementDocument s = sample();
        assertThat(s.judicialConfirmationNotice()).isEqualTo(AgreementDocument.DEFAULT_JUDICIAL_CONFIRMATION_NOTICE);
        assertThatThrownBy(() -> s.agreedTerms().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    static AgreementDocument sample() {
        return new AgreementDocument(
                "（2026）济沁园调字第12号",
                "济源市沁园街道人民调解委员会",
                List.of(
                        AgreementDocument.Party.person("申请人", "张三", "男", 36, "汉族", "教师", "济源市沁园街道北海小学",
                                "河南省济源市沁园街道北海社区幸福家园小区3号楼2单元501室", "410881199001011234", "13812345678"),
                        AgreementDocument.Party.person("被申请人", "李四", "女", 41, "回族", "个体经营者", null,
                                "河南省济源市沁园街道北海社区幸福家园小区3号楼2单元601室", "410881198505055678", "13943214321"),
                        AgreementDocument.Party.organization("被申请人", "济源市某某物业服务有限公司", "河南省济源市沁园街道北海路18号",
                                "法定代表人", "王建设", "0391-6612345")),
                "申请人张三与被申请人李四系同一单元上下楼邻居。2026年9月以来，被申请人李四家卫生间多次渗漏，"
                        + "导致申请人张三家卫生间吊顶、客厅墙面及部分木质家具受潮损坏。申请人多次与被申请人协商未果，"
                        + "于2026年11月3日向济源市沁园街道人民调解委员会申请调解。调解委员会受理后，经实地查看、"
                        + "听取双方陈述并委托物业服务企业出具漏水情况说明，查明漏水系被申请人卫生间防水层老化破损所致。\n"
                        + "双方对漏水事实均无异议，但对损失数额和维修方式存在较大分歧。",
                "争议焦点为：一是损失赔偿数额，申请人主张赔偿人民币五万元，被申请人认为赔偿数额过高；"
                        + "二是防水维修的时间和方式。经调解员释法说理、背靠背调解和面对面协商，双方认可："
                        + "被申请人对其卫生间防水层疏于维护，应对申请人的损失承担主要责任；申请人在发现漏水后未及时采取"
                        + "必要措施防止损失扩大，亦负有一定责任。",
                List.of(TERM_1, TERM_2, TERM_3),
                "被申请人通过银行转账方式向申请人支付赔偿款；防水维修由被申请人自行委托施工单位完成，"
                        + "维修完成后由双方及物业服务企业共同验收。",
                LocalDate.of(2026, 12, 31),
                List.of("王五", "赵六"),
                AGREEMENT_DATE);
    }

    private static void assertInvalid(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field);
    }

    /** Removes all white space so text wrapped over lines or justified with spacing compares whole. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }

    /** The text of all pages without the page footers, so text running over a page break compares whole. */
    private static String bodyText(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true); // the page footer's numbers come last, where they are printed
        return compact(stripper.getText(doc)).replaceAll("（2026）济沁园调字第12号第\\d+页共\\d+页", "");
    }

    /** Every font of every page is embedded (a missing glyph would otherwise fall back to a font the reader lacks). */
    private static void assertEveryFontEmbedded(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static List<PDFont> fontsOf(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static void forEachGlyph(PDDocument doc, Consumer<TextPosition> consumer) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                positions.forEach(consumer);
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
    }
}
