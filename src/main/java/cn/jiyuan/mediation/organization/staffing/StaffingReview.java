package cn.jiyuan.mediation.organization.staffing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.organization.JusticeOffice;
import cn.jiyuan.mediation.organization.OrganizationRepository;

/** What the staffing-review process asks: which offices must rectify, and what exactly. */
@Service("staffingReview")
public class StaffingReview {

    /** Findings of committees without a supervising office (industry, city centre) go to the bureau. */
    public static final String BUREAU = "BUREAU";

    private final StaffingRules rules;
    private final OrganizationRepository registry;

    public StaffingReview(StaffingRules rules, OrganizationRepository registry) {
        this.rules = rules;
        this.registry = registry;
    }

    /** Office codes (or {@link #BUREAU}) with at least one finding, sorted. */
    public List<String> officesWithFindings() {
        return byOffice().keySet().stream().toList();
    }

    /** The findings of one office as text for the rectification task, one line per finding. */
    public String summaryFor(String officeCode) {
        return byOffice().getOrDefault(officeCode, List.of()).stream()
                .map(f -> f.committeeName() + "：" + f.rule())
                .collect(Collectors.joining("\n"));
    }

    /** The Camunda group that rectifies the office's findings. */
    public String groupFor(String officeCode) {
        if (BUREAU.equals(officeCode)) {
            return "grassroots-section";
        }
        return registry.findOffice(officeCode).map(JusticeOffice::groupId).orElse("grassroots-section");
    }

    private Map<String, List<StaffingFinding>> byOffice() {
        return rules.check().stream().collect(Collectors.groupingBy(
                f -> f.supervisingOfficeCode() == null ? BUREAU : f.supervisingOfficeCode(), TreeMap::new,
                Collectors.toList()));
    }
}
