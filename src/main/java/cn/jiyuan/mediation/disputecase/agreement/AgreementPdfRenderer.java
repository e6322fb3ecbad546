package cn.jiyuan.mediation.disputecase.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jiyuan.mediation.documents.PdfDocuments;

/**
 * Renders a {@link AgreementDocument} as a printable A4 PDF (人民调解协议书) from the template
 * {@value #TEMPLATE} ({@code src/main/resources/templates/documents/agreement.html}): the wording and the layout
 * are in the template; this class only hands it the values.
 */
@Component
public class AgreementPdfRenderer {

    static final String TEMPLATE = "documents/agreement";

    private final PdfDocuments documents;

    public AgreementPdfRenderer(PdfDocuments documents) {
        this.documents = documents;
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
        documents.requireDisplayable(texts(doc));
        return documents.render(TEMPLATE, values(doc), doc.agreementDate());
    }

    /** The template's variables, named as the template's header comment lists them. */
    private static Map<String, Object> values(AgreementDocument doc) {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNumber", doc.caseNumber());
        v.put("committeeName", doc.committeeName());
        List<Map<String, Object>> parties = new ArrayList<>();
        for (AgreementDocument.Party p : doc.parties()) {
            // a map rather than the record, so that the template reads ${party.name} like any other value
            Map<String, Object> party = new HashMap<>();
            party.put("role", p.role());
            party.put("name", p.name());
            party.put("organization", p.organization());
            party.put("sex", p.sex());
            party.put("age", p.age());
            party.put("ethnicity", p.ethnicity());
            party.put("occupation", p.occupation());
            party.put("workUnit", p.workUnit());
            party.put("address", p.address());
            party.put("idNumber", p.idNumber());
            party.put("phone", p.phone());
            party.put("representativeTitle", p.representativeTitle());
            party.put("representative", p.representative());
            parties.add(party);
        }
        v.put("parties", parties);
        v.put("disputeFacts", paragraphs(doc.disputeFacts()));
        v.put("disputedPointsAndResponsibility", paragraphs(doc.disputedPointsAndResponsibility()));
        v.put("agreedTerms", doc.agreedTerms());
        v.put("performanceMethod", doc.performanceMethod());
        v.put("performanceDeadline", doc.performanceDeadline());
        v.put("mediatorNames", doc.mediatorNames());
        v.put("agreementDate", doc.agreementDate());
        v.put("judicialConfirmationNotice", paragraphs(doc.judicialConfirmationNotice()));
        // one copy per party and one kept by the committee
        v.put("copies", Math.min(doc.parties().size() + 1, 99));
        return v;
    }

    /** Each line break of a text starts a paragraph (with its own first-line indent); blank lines are dropped. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every printed text by field name, for the font coverage check. */
    private static Map<String, String> texts(AgreementDocument doc) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("caseNumber", doc.caseNumber());
        fields.put("committeeName", doc.committeeName());
        for (int i = 0; i < doc.parties().size(); i++) {
            AgreementDocument.Party p = doc.parties().get(i);
            fields.put("parties[" + i + "].name", p.name());
            fields.put("parties[" + i + "].sex", p.sex());
            fields.put("parties[" + i + "].ethnicity", p.ethnicity());
            fields.put("parties[" + i + "].occupation", p.occupation());
            fields.put("parties[" + i + "].workUnit", p.workUnit());
            fields.put("parties[" + i + "].address", p.address());
            fields.put("parties[" + i + "].idNumber", p.idNumber());
            fields.put("parties[" + i + "].phone", p.phone());
            fields.put("parties[" + i + "].representativeTitle", p.representativeTitle());
            fields.put("parties[" + i + "].representative", p.representative());
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
        return fields;
    }
}
