package cn.jiyuan.mediation.platform.engine;

import java.util.List;

import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;

/**
 * The DMN engine's FEEL engine: Camunda's {@link ScalaFeelEngine} (same FEEL library, same value mappers and
 * custom functions, same results and error messages) without the two costs it pays for every cell of a decision
 * table (issue 14; together about half of an intake's CPU):
 * <ul>
 * <li>Camunda hands every cell to FEEL as text and FEEL parses it again at every evaluation. Here each expression is
 * parsed (and validated) once and kept: the tables change only with a new deployment, so a bounded cache by text
 * holds them. The unary test {@code -} matches every input by definition and is answered without evaluation (most
 * cells of the risk table are {@code -}).</li>
 * <li>FEEL builds its root context anew for every evaluation, and with it the map of all its built-in functions.
 * Here the built-in functions are built once; every evaluation still gets a context of its own (its variables, its
 * failure collector), exactly as FEEL's own {@code evaluate} makes it.</li>
 * </ul>
 * What does not parse goes to Camunda's own path, so a broken expression fails exactly as before.
 */
public class ParsedFeelEngine extends ScalaFeelEngine {

    /** Matches any input (FEEL's "irrelevant" entry), whatever the input is, null included. */
    static final String ANY = "-";
    /** The variable through which FEEL's unary tests find the name of the input they test (as Camunda sets it). */
    private static final String INPUT_VARIABLE = "inputVariableName";

    private final Cache<String, ParsedExpression> expressions = Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, ParsedExpression> unaryTests = Caffeine.newBuilder().maximumSize(20_000).build();
    private final ValueMapper valueMapper;
    private final FeelInterpreter interpreter;
    /** FEEL's built-in functions and Camunda's custom ones, as FEEL's root context combines them, built once. */
    private final FunctionProvider functions;

    public ParsedFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
        valueMapper = feelEngine.valueMapper();
        interpreter = new FeelInterpreter(valueMapper);
        functions = new FunctionProvider.CompositeFunctionProvider(toScalaList(
                new BuiltinFunctions(feelEngine.clock(), valueMapper), feelEngine.functionProvider()));
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = parsed(expressions, expression, false);
        if (parsed == null) {
            return super.evaluateSimpleExpression(expression, variableContext);
        }
        Context context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        return evaluate(parsed, context);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        if (ANY.equals(expression.strip())) {
            return true;
        }
        ParsedExpression parsed = parsed(unaryTests, expression, true);
        if (parsed == null) {
            return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
        }
        VariableProvider input = new VariableProvider.StaticVariableProvider(
                new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE, inputVariable));
        VariableProvider variables = new ContextVariableWrapper(variableContext);
        Context context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new VariableProvider.CompositeVariableProvider(toScalaList(input, variables));
            }
        };
        Object result = evaluate(parsed, context);
        return camundajar.impl.scala.runtime.BoxesRunTime.unboxToBoolean(result);
    }

    /** The parsed and validated expression, or null when it does not parse (Camunda's own path reports it then). */
    private ParsedExpression parsed(Cache<String, ParsedExpression> cache, String text, boolean unary) {
        ParsedExpression known = cache.getIfPresent(text);
        if (known != null) {
            return known;
        }
        Either<Failure, ParsedExpression> parsed = unary ? feelEngine.parseUnaryTests(text) : feelEngine.parseExpression(text);
        if (parsed instanceof Right<Failure, ParsedExpression> right) {
            cache.put(text, right.value());
            return right.value();
        }
        return null;
    }

    /** FEEL's own evaluation of a parsed expression (FeelEngine.evaluate), on a root context with the shared functions. */
    @SuppressWarnings("unchecked")
    private <T> T evaluate(ParsedExpression parsed, Context context) {
        EvalContext evalContext = EvalContext.create(valueMapper, functions).merge(context);
        Val result = interpreter.eval(parsed.expression(), evalContext);
        camundajar.impl.scala.collection.immutable.List<EvaluationFailure> failures = evalContext.failureCollector().failures();
        camundajar.impl.scala.collection.Iterator<EvaluationFailure> it = failures.iterator();
        while (it.hasNext()) {
            EvaluationFailure failure = it.next();
            if (EvaluationFailureType.ASSERT_FAILURE$.MODULE$.equals(failure.failureType())) {
                throw LOGGER.evaluationException("Assertion failure on evaluate the expression '" + parsed.text() + "': "
                        + failure.failureMessage());
            }
        }
        if (result instanceof ValError error) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error.error());
        }
        if (result instanceof ValFatalError error) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error.error());
        }
        return (T) valueMapper.unpackVal(result);
    }
}
