package cn.jiyuan.mediation.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a new version of a rule file before any example is run: it must be XML without a document type (no
 * entities), a DMN model the engine reads, hold exactly the decisions of its rule set under their ids, each a
 * decision table with a history time to live, written in FEEL only (no script, no JUEL expression that could reach
 * the platform's objects, no external Java function), reading only the data the platform gives it, and giving the
 * outputs the platform reads with values it understands. Every problem is said in Chinese.
 */
final class RuleFileCheck {

    static final int MAX_BYTES = 1024 * 1024;

    /** The result: the model when it could be read, and the problems (none: the file may be tested). */
    record Checked(DmnModelInstance model, List<String> problems) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    private RuleFileCheck() {
    }

    static Checked check(RuleSet set, byte[] xml) {
        List<String> problems = new ArrayList<>();
        if (xml == null || xml.length == 0) {
            return new Checked(null, List.of("上传的规则文件是空的"));
        }
        if (xml.length > MAX_BYTES) {
            return new Checked(null, List.of("规则文件不能超过1MB"));
        }
        String notXml = wellFormed(xml);
        if (notXml != null) {
            return new Checked(null, List.of(notXml));
        }
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            return new Checked(null, List.of("不是有效的 DMN 文件：文件结构不符合 DMN 规范" + line(e)
                    + "。请用 Camunda Modeler 编辑并保存后再上传"));
        }
        String language = model.getDefinitions().getExpressionLanguage();
        if (!feel(language)) {
            problems.add("文件的默认表达式语言是 " + language + "；规则只能使用 FEEL 表达式");
        }
        Map<String, Decision> byId = new LinkedHashMap<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            byId.put(decision.getId(), decision);
        }
        for (DecisionContract contract : set.decisions()) {
            if (!byId.containsKey(contract.key())) {
                problems.add("缺少决策「" + contract.name() + "」（id 为 " + contract.key() + "）：平台按这个 id 使用它，"
                        + "决策的 id 不能修改或删除");
            }
        }
        Set<String> allowed = new LinkedHashSet<>();
        set.decisions().forEach(c -> allowed.add(c.key()));
        for (Decision decision : byId.values()) {
            if (!allowed.contains(decision.getId())) {
                problems.add("文件中有平台不认识的决策「" + name(decision) + "」（id 为 " + decision.getId() + "）；"
                        + set.label() + "规则只能包含以下决策：" + String.join("、", allowed));
            }
        }
        for (DecisionContract contract : set.decisions()) {
            Decision decision = byId.get(contract.key());
            if (decision != null) {
                checkDecision(contract, decision, problems);
            }
        }
        checkLanguages(model, problems);
        return new Checked(model, problems);
    }

    private static void checkDecision(DecisionContract contract, Decision decision, List<String> problems) {
        String name = "决策「" + name(decision) + "」";
        String ttl = decision.getCamundaHistoryTimeToLiveString();
        if (ttl == null || ttl.isBlank()) {
            problems.add(name + "没有设置历史保留期限（camunda:historyTimeToLive）；平台要求每个决策都设置，例如 P180D");
        }
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            problems.add(name + "必须是决策表");
            return;
        }
        Map<String, String> readable = new LinkedHashMap<>(contract.inputs());
        for (Decision required : required(decision)) {
            if (required.getExpression() instanceof DecisionTable requiredTable) {
                for (Output output : requiredTable.getOutputs()) {
                    if (output.getName() != null) {
                        readable.put(output.getName(), "决策「" + name(required) + "」的输出");
                    }
                }
            }
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (Input input : table.getInputs()) {
            unknown.addAll(unknownNames(input.getInputExpression(), readable));
            if (input.getCamundaInputVariable() != null) {
                readable.put(input.getCamundaInputVariable(), "输入值");
            }
        }
        for (Rule rule : table.getRules()) {
            rule.getInputEntries().forEach(e -> unknown.addAll(unknownNames(e, readable)));
            rule.getOutputEntries().forEach(e -> unknown.addAll(unknownNames(e, readable)));
        }
        unknown.remove("cellInput");
        if (!unknown.isEmpty()) {
            problems.add(name + "使用了平台不提供的数据：" + String.join("、", unknown) + "（名称已修改或拼写有误？）；"
                    + "可以使用的数据：" + describe(readable));
        }
        checkOutputs(contract, name, table, problems);
    }

    private static void checkOutputs(DecisionContract contract, String name, DecisionTable table, List<String> problems) {
        List<Output> outputs = new ArrayList<>(table.getOutputs());
        for (DecisionContract.Output wanted : contract.outputs()) {
            int column = -1;
            for (int i = 0; i < outputs.size(); i++) {
                if (wanted.name().equals(outputs.get(i).getName())) {
                    column = i;
                }
            }
            if (column < 0) {
                problems.add(name + "缺少输出「" + wanted.label() + "」（名称须为 " + wanted.name() + "）：平台按这个名称读取结果，"
                        + "输出的名称不能修改");
                continue;
            }
            if (wanted.values() == null) {
                continue;
            }
            int number = 0;
            for (Rule rule : table.getRules()) {
                number++;
                List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
                String text = column < entries.size() ? text(entries.get(column)) : null;
                if (!allowedValue(text, wanted)) {
                    problems.add(name + "第" + number + "条规则的输出「" + wanted.label() + "」为 " + shorten(text) + "；只能是"
                            + (wanted.nullable() ? " null（无）或" : "") + "以下之一（带英文双引号）：" + describe(wanted.values()));
                }
            }
        }
    }

    private static boolean allowedValue(String text, DecisionContract.Output wanted) {
        if (text == null || text.isBlank()) {
            return wanted.nullable();
        }
        String value = text.strip();
        if (value.equals("null")) {
            return wanted.nullable();
        }
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                && wanted.values().containsKey(value.substring(1, value.length() - 1));
    }

    /** Every expression of the file must be FEEL: a script or JUEL expression could run code on the server. */
    private static void checkLanguages(DmnModelInstance model, List<String> problems) {
        Set<String> foreign = new LinkedHashSet<>();
        boolean external = false;
        for (LiteralExpression e : model.getModelElementsByType(LiteralExpression.class)) {
            if (!feel(e.getExpressionLanguage())) {
                foreign.add(e.getExpressionLanguage());
            }
            external |= FeelNames.definesExternalFunction(text(e));
        }
        for (UnaryTests e : model.getModelElementsByType(UnaryTests.class)) {
            if (!feel(e.getExpressionLanguage())) {
                foreign.add(e.getExpressionLanguage());
            }
            external |= FeelNames.definesExternalFunction(text(e));
        }
        if (!foreign.isEmpty()) {
            problems.add("文件中使用了 " + String.join("、", foreign) + " 表达式；规则只能使用 FEEL 表达式");
        }
        if (external) {
            problems.add("文件中定义了外部函数（external）；规则不能调用平台之外的程序");
        }
    }

    private static boolean feel(String language) {
        return language == null || language.isBlank() || language.toLowerCase(Locale.ROOT).contains("feel");
    }

    private static Set<String> unknownNames(ModelElementInstance expression, Map<String, String> readable) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String name : FeelNames.of(text(expression))) {
            if (!readable.containsKey(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private static String text(ModelElementInstance expression) {
        if (expression instanceof LiteralExpression literal) {
            return literal.getText() == null ? null : literal.getText().getTextContent();
        }
        if (expression instanceof UnaryTests tests) {
            return tests.getText() == null ? null : tests.getText().getTextContent();
        }
        return null;
    }

    /** The decisions a decision requires, directly or through others. */
    private static Collection<Decision> required(Decision decision) {
        Set<Decision> found = new LinkedHashSet<>();
        List<Decision> todo = new ArrayList<>(List.of(decision));
        while (!todo.isEmpty()) {
            Decision next = todo.remove(todo.size() - 1);
            for (InformationRequirement requirement : next.getInformationRequirements()) {
                Decision required = requirement.getRequiredDecision();
                if (required != null && found.add(required)) {
                    todo.add(required);
                }
            }
        }
        return found;
    }

    private static String name(Decision decision) {
        return decision.getName() == null || decision.getName().isBlank() ? decision.getId() : decision.getName();
    }

    private static String describe(Map<String, String> names) {
        StringBuilder text = new StringBuilder();
        names.forEach((code, label) -> text.append(text.length() == 0 ? "" : "、").append(code).append("（")
                .append(label).append("）"));
        return text.toString();
    }

    private static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return "空";
        }
        String value = text.strip();
        return value.length() <= 30 ? value : value.substring(0, 30) + "…";
    }

    /** Why the bytes are not XML a rule file may be, or null. Document types are refused: no entity is ever read. */
    private static String wellFormed(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing is printed
            builder.parse(new ByteArrayInputStream(xml));
            return null;
        } catch (SAXParseException e) {
            boolean doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            return doctype ? "规则文件不能包含文档类型声明（DOCTYPE）"
                    : "上传的文件不是有效的 XML，无法解析（第" + e.getLineNumber() + "行附近）";
        } catch (Exception e) {
            return "上传的文件不是有效的 XML，无法解析";
        }
    }

    private static String line(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
                return "（第" + parse.getLineNumber() + "行附近）";
            }
        }
        return "";
    }
}
