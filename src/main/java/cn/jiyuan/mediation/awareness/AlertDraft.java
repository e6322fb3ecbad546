package cn.jiyuan.mediation.awareness;

/**
 * An alert as a detection finds it, before it is stored: {@code subjectKey} names what it is about (one active
 * alert per subject), the codes place it (town null: city-wide), the texts are what supervisors read.
 */
public record AlertDraft(AlertKind kind, String subjectKey, String townCode, String committeeCode, String category,
                         Long caseId, AlertFigures figures, String title, String description,
                         String recommendedAction) {
}
