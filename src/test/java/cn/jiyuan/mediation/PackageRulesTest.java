package cn.jiyuan.mediation;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The package boundaries, checked by the build. The foundations — the platform (authentication, errors, database,
 * operations), the documents pipeline, the spreadsheet writer, the forms catalogue and the calendar — serve the
 * features (cases, mediation, early warning, screening, triage, audit, security, demo, task cards, ledgers,
 * statistics, awareness, dashboard, the provincial export) and never reach into them, so
 * that a feature can change, move or be removed without touching them. Each process has one home: its package
 * holds its constants ({@code <Process>Variables}) and its delegates ({@code <Process>Delegates}, a configuration
 * class of {@code @Bean} lambdas).
 */
@AnalyzeClasses(packages = "cn.jiyuan.mediation", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    private static final String[] FEATURES = {"cn.jiyuan.mediation.cases..", "cn.jiyuan.mediation.intake..", "cn.jiyuan.mediation.disputecase..",
            "cn.jiyuan.mediation.earlywarning..", "cn.jiyuan.mediation.screening..", "cn.jiyuan.mediation.triage..",
            "cn.jiyuan.mediation.audit..", "cn.jiyuan.mediation.security..", "cn.jiyuan.mediation.demo..",
            "cn.jiyuan.mediation.taskcards..", "cn.jiyuan.mediation.caselist..", "cn.jiyuan.mediation.codelabels..",
            "cn.jiyuan.mediation.ledger..", "cn.jiyuan.mediation.statistics..", "cn.jiyuan.mediation.awareness..",
            "cn.jiyuan.mediation.dashboard..", "cn.jiyuan.mediation.provincial..",
            "cn.jiyuan.mediation.monthlyreport..", "cn.jiyuan.mediation.typicalcase..",
            "cn.jiyuan.mediation.situationreport..", "cn.jiyuan.mediation.semiannual..",
            "cn.jiyuan.mediation.online..", "cn.jiyuan.mediation.referral..", "cn.jiyuan.mediation.rules.."};

    @ArchTest
    static final ArchRule documentsDependOnNothingOfOurs = noClasses().that()
            .resideInAPackage("cn.jiyuan.mediation.documents..").should().dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould().dependOnClassesThat().resideInAnyPackage("cn.jiyuan.mediation.organization..",
                    "cn.jiyuan.mediation.calendar..", "cn.jiyuan.mediation.forms..")
            .because("the document pipeline renders any template with any values");

    @ArchTest
    static final ArchRule theSpreadsheetWriterDependsOnNothingOfOurs = noClasses().that()
            .resideInAPackage("cn.jiyuan.mediation.spreadsheet..").should().dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .orShould().dependOnClassesThat().resideInAnyPackage("cn.jiyuan.mediation.platform..",
                    "cn.jiyuan.mediation.organization..", "cn.jiyuan.mediation.calendar..")
            .because("every ledger download writes its workbook with it, whatever its rows");

    @ArchTest
    static final ArchRule formsAndCalendarServeTheFeatures = noClasses().that()
            .resideInAnyPackage("cn.jiyuan.mediation.forms..", "cn.jiyuan.mediation.calendar..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("intake, mediation and screening all use them");

    @ArchTest
    static final ArchRule thePlatformServesTheFeatures = noClasses().that()
            .resideInAPackage("cn.jiyuan.mediation.platform..").should().dependOnClassesThat(
                    com.tngtech.archunit.base.DescribedPredicate.describe("of a feature (the masking of personal data"
                            + " in logs excepted)", (JavaClass target) -> inFeature(target)
                            && !target.getName().equals("cn.jiyuan.mediation.cases.PersonalDataMasking")))
            .because("the platform's authentication, errors, database and operations know no feature");

    private static final DescribedPredicate<JavaClass> ENGINE_CALLBACK = assignableTo(JavaDelegate.class)
            .or(assignableTo(TaskListener.class)).or(assignableTo(ExecutionListener.class))
            .as("are JavaDelegates, TaskListeners or ExecutionListeners");

    @ArchTest
    static final ArchRule delegatesAreBeanLambdas = noClasses().that(ENGINE_CALLBACK)
            .should().beMetaAnnotatedWith(Component.class)
            .because("delegates and listeners live as @Bean lambdas in the <Process>Delegates configuration class of "
                    + "their process, one style throughout")
            // lambdas are no classes of their own: with every delegate a lambda, nothing is left to check
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule delegateBeansAreDeclaredInDelegatesClasses = methods().that().areAnnotatedWith(Bean.class)
            .and().haveRawReturnType(ENGINE_CALLBACK)
            .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Delegates")
            .because("a process's delegates have one home: its <Process>Delegates class");

    @ArchTest
    static final ArchRule delegatesClassesLiveWithTheirProcess = classes().that().haveSimpleNameEndingWith("Delegates")
            .should().beAnnotatedWith(Configuration.class)
            .andShould(liveBesideTheirVariables())
            .because("<Process>Delegates lives in the package of its process, beside <Process>Variables");

    private static ArchCondition<JavaClass> liveBesideTheirVariables() {
        return new ArchCondition<>("reside in the package of their process (beside its <Process>Variables)") {
            @Override
            public void check(JavaClass delegates, ConditionEvents events) {
                String process = delegates.getSimpleName().substring(0,
                        delegates.getSimpleName().length() - "Delegates".length());
                String variables = delegates.getPackageName() + "." + process + "Variables";
                boolean beside = delegates.getPackage().getClasses().stream()
                        .anyMatch(c -> c.getName().equals(variables));
                events.add(new SimpleConditionEvent(delegates, beside, delegates.getName()
                        + (beside ? " resides beside " : " has no ") + variables));
            }
        };
    }

    private static boolean inFeature(JavaClass target) {
        for (String feature : FEATURES) {
            if (target.getPackageName().startsWith(feature.substring(0, feature.length() - 2))) {
                return true;
            }
        }
        return false;
    }
}
