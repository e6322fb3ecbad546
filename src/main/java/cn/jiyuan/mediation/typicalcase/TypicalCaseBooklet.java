package cn.jiyuan.mediation.typicalcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.cases.DisputeCategory;
import cn.jiyuan.mediation.documents.PdfDocuments;
import cn.jiyuan.mediation.organization.OrgUnit;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/**
 * 人民调解典型案例汇编: the published typical cases as one printable booklet (templates/documents/typical-cases.html),
 * in the order they were published. Only the anonymised texts are printed; it is the same for every reader.
 */
@Component
public class TypicalCaseBooklet {

    static final String TEMPLATE = "documents/typical-cases";

    /** One case of the booklet, as the template prints it. */
    public record Entry(String title, String categoryName, String townName, LocalDate publishedOn,
                        List<String> paragraphs) {
    }

    private final TypicalCaseRepository nominations;
    private final OrganizationRepository registry;
    private final PdfDocuments documents;

    public TypicalCaseBooklet(TypicalCaseRepository nominations, OrganizationRepository registry,
                              PdfDocuments documents) {
        this.nominations = nominations;
        this.registry = registry;
        this.documents = documents;
    }

    public byte[] render() {
        LocalDate today = CaseTime.today();
        Map<String, Object> values = new HashMap<>();
        values.put("entries", entries());
        values.put("compiledOn", today);
        return documents.render(TEMPLATE, values, today);
    }

    /** The published cases as the booklet prints them (also the list page of package caselist). */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (TypicalCaseRepository.Nomination n : nominations.published()) {
            entries.add(new Entry(n.title(), DisputeCategory.valueOf(n.category()).label(),
                    registry.findUnit(n.townCode()).map(OrgUnit::name).orElse(""),
                    n.publishedAt().atZoneSameInstant(CaseTime.ZONE).toLocalDate(),
                    paragraphs(n.writeUp())));
        }
        return entries;
    }

    /** The write-up's lines as paragraphs (blank lines dropped). */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
