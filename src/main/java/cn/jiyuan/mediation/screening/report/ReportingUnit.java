package cn.jiyuan.mediation.screening.report;

import cn.jiyuan.mediation.organization.UnitLevel;

/**
 * A unit that screens: its committee's group works the report task, its justice office's group
 * supervises a silent unit.
 */
public record ReportingUnit(String unitCode, String unitName, UnitLevel unitLevel, String townCode,
                            String committeeCode, String committeeGroup, String officeGroup) {
}
