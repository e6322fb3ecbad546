package cn.jiyuan.mediation.semiannual;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.caselist.CaseScope;
import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.documents.PdfDocuments;
import cn.jiyuan.mediation.statistics.StatisticsQuery;
import cn.jiyuan.mediation.statistics.StatisticsService;

/**
 * The roll-up document of a half-year (半年工作总结汇总, templates/documents/semiannual-rollup.html): the city's
 * figures, who has submitted, who was late and who has not, then every submitted summary in full with its figures
 * and the names of its attachments. Rendered when asked for, so that a summary handed in late is in it at once.
 */
@Component
public class SemiannualRollup {

    static final String TEMPLATE = "documents/semiannual-rollup";

    /** One submitted summary as the document prints it. */
    public record Section(String unitName, String unitKindLabel, String submittedAt, boolean late,
                          List<String> figures, List<String> paragraphs, List<String> attachments) {
    }

    private final SemiannualOverviews overviews;
    private final SemiannualRepository repository;
    private final StatisticsService statistics;
    private final PdfDocuments documents;

    public SemiannualRollup(SemiannualOverviews overviews, SemiannualRepository repository,
                            StatisticsService statistics, PdfDocuments documents) {
        this.overviews = overviews;
        this.repository = repository;
        this.statistics = statistics;
        this.documents = documents;
    }

    public byte[] render(SemiannualRepository.Round round) {
        SemiannualOverviews.RoundOverview overview = overviews.overview(round.id());
        CaseScope city = new CaseScope(true, true, Set.of(), Set.of(), null);
        String cityFigures = SummaryFigures.text(statistics.overview(city,
                new StatisticsQuery(round.figuresFrom(), round.figuresTo(), null)));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", round.title() + "人民调解工作总结汇总");
        values.put("dueText", CaseTime.shown(round.dueAt()));
        values.put("asOfText", CaseTime.shown(overview.asOf()));
        values.put("overview", overview);
        values.put("cityFigures", lines(cityFigures));
        values.put("units", overview.units().stream().map(u -> Map.of("name", u.unitName(), "kind", u.unitKindLabel(),
                "status", u.statusLabel(), "submittedAt", u.submittedAt() == null ? "" : CaseTime.shown(u.submittedAt())))
                .toList());
        values.put("sections", repository.findSummaries(round.id()).stream().filter(SemiannualRepository.Summary::submitted)
                .map(s -> new Section(s.unitName(), s.unitKind().label(), CaseTime.shown(s.submittedAt()),
                        s.submittedAt().isAfter(round.dueAt()), lines(s.figuresText()), lines(s.summaryText()),
                        repository.findAttachments(s.id()).stream().map(SemiannualRepository.Attachment::fileName)
                                .toList()))
                .toList());
        return documents.render(TEMPLATE, values, overview.asOf().toLocalDate());
    }

    /** Non-empty lines, each a paragraph. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .toList();
    }
}
