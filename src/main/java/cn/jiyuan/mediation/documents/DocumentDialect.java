package cn.jiyuan.mediation.documents;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives the document templates {@code #zh} ({@link ChineseNumerals}), so that how a date or a count is written
 * is chosen in the template, next to the text around it, rather than in Java.
 */
final class DocumentDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final ChineseNumerals ZH = new ChineseNumerals();

    DocumentDialect() {
        super("documents");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("zh");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return "zh".equals(expressionObjectName) ? ZH : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
