package cn.jiyuan.mediation.rules;

/**
 * An example the new version decides otherwise than expected, as the supervisor reads it.
 *
 * @param source   项目样例 or 上传的样例
 * @param line     its line in that table
 * @param inputs   "纠纷类型：邻里；风险因素：无；…"
 * @param expected "风险等级：中风险"
 * @param actual   "风险等级：低风险", or why the rules gave no result
 * @param message  all of it in one sentence
 */
public record ExampleFailure(String source, int line, String description, String inputs, String expected,
                             String actual, String message) {
}
