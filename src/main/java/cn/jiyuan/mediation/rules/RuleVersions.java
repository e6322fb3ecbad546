package cn.jiyuan.mediation.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiyuan.mediation.cases.CaseTime;
import cn.jiyuan.mediation.platform.SystemAuthority;

/**
 * The versions of the rules supervisors may change (README "规则管理"). A new version is deployed only after it
 * passed its checks ({@link RuleFileCheck}) and its tests ({@link RuleTester}: the project's examples table and the
 * supervisor's own examples); a rollback deploys an earlier version's file again as a new version, after the same
 * tests. Either way the engine's decisions are evaluated by key, latest version, so the next case is decided by the
 * new version at once. Who deployed which version, when and why is recorded in rule_version, in the same
 * transaction as the deployment (both or neither).
 *
 * <p>The deployment runs as the platform (on the user's behalf): the grassroots section holds no engine grant to
 * deploy, so nobody can deploy a rule through the engine's REST API, past the tests.
 */
@Service
public class RuleVersions {

    private static final Logger log = LoggerFactory.getLogger(RuleVersions.class);
    /** The source of the deployments made here (the engine's auto-deployment has its own). */
    static final String DEPLOYMENT_SOURCE = "mediation-rules";

    private final RepositoryService repository;
    private final IdentityService identity;
    private final RuleChangeRepository changes;
    private final SystemAuthority system;
    private final RuleTester tester;

    public RuleVersions(ProcessEngine engine, RuleChangeRepository changes, SystemAuthority system) {
        this.repository = engine.getRepositoryService();
        this.identity = engine.getIdentityService();
        this.changes = changes;
        this.system = system;
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.tester = new RuleTester(configuration.isDmnFeelEnableLegacyBehavior(),
                configuration.isDmnReturnBlankTableOutputAsNull());
    }

    // ------------------------------------------------------------------ reading

    public List<RuleSetView> list() {
        return Arrays.stream(RuleSet.values()).map(this::view).toList();
    }

    public RuleSetView view(RuleSet set) {
        return system.call(() -> {
            Map<String, RuleChange> recorded = new HashMap<>();
            changes.findAll(set).forEach(c -> recorded.put(c.deploymentId(), c));
            List<RuleVersionView> versions = new ArrayList<>();
            List<DecisionDefinition> definitions = definitions(set);
            for (DecisionDefinition d : definitions) {
                versions.add(version(set, d, recorded.get(d.getDeploymentId()), versions.isEmpty()));
            }
            return new RuleSetView(set.code(), set.label(), set.fileName(),
                    definitions.isEmpty() ? null : definitions.get(0).getVersion(), ProjectExamples.of(set).size(),
                    "/api/rules/" + set.code() + "/examples", versions);
        });
    }

    private RuleVersionView version(RuleSet set, DecisionDefinition d, RuleChange change, boolean current) {
        String base = "/api/rules/" + set.code() + "/versions/" + d.getVersion();
        if (change == null) {
            Deployment deployment = repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult();
            java.time.OffsetDateTime at = deployment == null || deployment.getDeploymentTime() == null ? null
                    : deployment.getDeploymentTime().toInstant().atZone(CaseTime.ZONE).toOffsetDateTime();
            return new RuleVersionView(d.getVersion(), current, RuleChange.Kind.PLATFORM.name(),
                    RuleChange.Kind.PLATFORM.label(), null, null, "平台", at, CaseTime.shown(at),
                    "随平台发布的规则文件", null, null, null, base + "/dmn", null);
        }
        return new RuleVersionView(d.getVersion(), current, change.kind().name(), change.kind().label()
                + (change.restoredVersion() == null ? "" : "到第" + change.restoredVersion() + "版"),
                change.restoredVersion(), change.changedBy(), displayName(change.changedBy()), change.changedAt(),
                CaseTime.shown(change.changedAt()), change.reason(), change.fileName(), change.projectExamples(),
                change.uploadedExamples(), base + "/dmn", change.examplesCsv() == null ? null : base + "/examples");
    }

    /** The file of a version, as deployed. */
    public Optional<byte[]> dmn(RuleSet set, int version) {
        return system.call(() -> definition(set, version).map(this::resource));
    }

    /** The supervisor's own examples deployed with a version (and run again when it is restored). */
    public Optional<byte[]> uploadedExamples(RuleSet set, int version) {
        return changes.findByVersion(set, version).map(RuleChange::examplesCsv);
    }

    /** The project's examples table, as kept with the platform. */
    public byte[] projectExamplesCsv(RuleSet set) {
        return ProjectExamples.csv(set);
    }

    // ------------------------------------------------------------------ testing and deploying

    /** Checks and tests a version without deploying it (the Cockpit page's "测试"). */
    public TestReport test(RuleSet set, byte[] xml, byte[] examplesCsv) {
        Tested tested = checkAndTest(set, xml, examplesCsv);
        if (!tested.report().passed()) {
            throw refused(set, tested.report(), "新版本未通过测试");
        }
        return tested.report();
    }

    /**
     * Deploys a new version after its checks and tests.
     *
     * @param basedOnVersion the version the supervisor started from, or null; a different current version is a
     *                       conflict (somebody deployed meanwhile)
     */
    @Transactional
    public RuleVersionView upload(RuleSet set, byte[] xml, String fileName, byte[] examplesCsv, String reason,
                                  String userId, Integer basedOnVersion) {
        Integer current = currentVersion(set);
        if (basedOnVersion != null && !basedOnVersion.equals(current)) {
            throw new RuleConflictException(set.label() + "规则已有新版本（当前为第" + current + "版），您修改的是第"
                    + basedOnVersion + "版：请下载当前版本，在其基础上修改后再上传");
        }
        Tested tested = checkAndTest(set, xml, examplesCsv);
        if (!tested.report().passed()) {
            throw refused(set, tested.report(), "新版本未通过测试，没有部署");
        }
        return deploy(set, xml, RuleChange.Kind.UPLOAD, null, userId, reason, fileName, tested.report(), examplesCsv);
    }

    /**
     * Deploys an earlier version's file again as the newest version (so it applies at once), after running the
     * project's current examples and that version's own examples against it.
     *
     * @param toVersion the version to restore, or null for the one before the current version
     */
    @Transactional
    public RuleVersionView rollback(RuleSet set, Integer toVersion, String reason, String userId) {
        List<DecisionDefinition> definitions = system.call(() -> definitions(set));
        if (definitions.isEmpty()) {
            throw new RuleConflictException(set.label() + "规则尚未部署，无法回退");
        }
        int current = definitions.get(0).getVersion();
        DecisionDefinition target;
        if (toVersion == null) {
            if (definitions.size() < 2) {
                throw new RuleConflictException(set.label() + "规则只有一个版本，没有可以回退的上一版本");
            }
            target = definitions.get(1);
        } else {
            target = definitions.stream().filter(d -> d.getVersion() == toVersion).findFirst()
                    .orElseThrow(() -> new RuleConflictException(set.label() + "规则没有第" + toVersion + "版"));
            if (toVersion == current) {
                throw new RuleConflictException("第" + toVersion + "版就是" + set.label() + "规则的当前版本，无需回退");
            }
        }
        byte[] xml = system.call(() -> resource(target));
        byte[] examplesCsv = changes.findByVersion(set, target.getVersion()).map(RuleChange::examplesCsv).orElse(null);
        Tested tested;
        try {
            tested = checkAndTest(set, xml, examplesCsv);
        } catch (ExamplesFormatException e) {
            // the examples were read when that version was deployed: the platform's table format changed since
            throw new RuleRefusedException("第" + target.getVersion() + "版上传的样例在现行平台上无法读取，不能回退到该版本",
                    e.problems(), null);
        }
        if (!tested.report().passed()) {
            throw refused(set, tested.report(), "第" + target.getVersion() + "版未通过现行的测试，不能回退到该版本");
        }
        return deploy(set, xml, RuleChange.Kind.ROLLBACK, target.getVersion(), userId, reason, null, tested.report(),
                examplesCsv);
    }

    private record Tested(DmnModelInstance model, TestReport report) {
    }

    private Tested checkAndTest(RuleSet set, byte[] xml, byte[] examplesCsv) {
        RuleFileCheck.Checked checked = RuleFileCheck.check(set, xml);
        if (!checked.passed()) {
            throw new RuleRefusedException("规则文件未通过检查，没有部署：共" + checked.problems().size() + "处问题",
                    checked.problems(), null);
        }
        List<Example> examples = new ArrayList<>(ProjectExamples.of(set));
        if (examplesCsv != null) {
            examples.addAll(ExampleTable.read(examplesCsv, set.examples(), ExampleSource.UPLOADED));
        }
        try {
            return new Tested(checked.model(), tester.run(set, checked.model(), examples));
        } catch (RuntimeException e) {
            // the engine could not even read the decisions (a hit policy or type it does not know)
            log.info("A new version of {} could not be parsed by the DMN engine: {}", set.code(), e.toString());
            throw new RuleRefusedException("规则文件未通过检查，没有部署", List.of("决策引擎无法读取这个规则文件（例如命中策略或数据类型无效），"
                    + "请用 Camunda Modeler 检查后再上传"), null);
        }
    }

    private static RuleRefusedException refused(RuleSet set, TestReport report, String what) {
        StringBuilder message = new StringBuilder(what).append("：");
        if (!report.failures().isEmpty()) {
            message.append(report.failures().size()).append("个样例的结果与期望不符");
        }
        if (!report.uncovered().isEmpty()) {
            message.append(report.failures().isEmpty() ? "" : "；").append(report.uncovered().size())
                    .append("条规则没有任何样例命中，请在上传的样例中补充");
        }
        return new RuleRefusedException(set.label() + message, List.of(), report);
    }

    private RuleVersionView deploy(RuleSet set, byte[] xml, RuleChange.Kind kind, Integer restored, String userId,
                                   String reason, String fileName, TestReport report, byte[] examplesCsv) {
        RuleChange change = system.callOnBehalfOf(userId, () -> {
            Deployment deployment = repository.createDeployment()
                    .name(set.label() + "规则（" + kind.label() + "）")
                    .source(DEPLOYMENT_SOURCE)
                    .addInputStream(set.fileName(), new ByteArrayInputStream(xml))
                    .deploy();
            DecisionDefinition deployed = repository.createDecisionDefinitionQuery().deploymentId(deployment.getId())
                    .decisionDefinitionKey(set.mainDecision()).singleResult();
            RuleChange row = new RuleChange(set, deployment.getId(), deployed.getVersion(), kind, restored, userId,
                    CaseTime.now(), reason, fileName, report.projectExamples(), report.uploadedExamples(), examplesCsv);
            changes.insert(row);
            return row;
        });
        log.info("{} rules version {} deployed by {} ({}{})", set.code(), change.version(), userId, kind,
                restored == null ? "" : " of version " + restored);
        return system.call(() -> version(set, definition(set, change.version()).orElseThrow(), change, true));
    }

    // ------------------------------------------------------------------ engine look-ups (as system)

    private Integer currentVersion(RuleSet set) {
        List<DecisionDefinition> definitions = system.call(() -> definitions(set));
        return definitions.isEmpty() ? null : definitions.get(0).getVersion();
    }

    private List<DecisionDefinition> definitions(RuleSet set) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(set.mainDecision()).withoutTenantId()
                .orderByDecisionDefinitionVersion().desc().list();
    }

    private Optional<DecisionDefinition> definition(RuleSet set, int version) {
        return Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(set.mainDecision())
                .withoutTenantId().decisionDefinitionVersion(version).singleResult());
    }

    private byte[] resource(DecisionDefinition d) {
        try (InputStream in = repository.getResourceAsStream(d.getDeploymentId(), d.getResourceName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String displayName(String userId) {
        User user = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName())
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
