package cn.jiyuan.mediation.screening.campaign;

/** A bad field of a campaign order: {@code message} for API clients, {@code chinese} for Tasklist users. */
public record CampaignProblem(String field, String message, String chinese) {
}
