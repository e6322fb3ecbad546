package cn.jiyuan.mediation.provincial;

/**
 * A required field of the report that a case lacks.
 *
 * @param field  the field's API name ({@code peopleInvolved}, {@code amountInvolved}, {@code sessionMode},
 *               {@code agreementForm})
 * @param label  the report's column, in Chinese
 * @param reason what is missing and where it is completed, in Chinese
 */
public record Gap(String field, String label, String reason) {
}
