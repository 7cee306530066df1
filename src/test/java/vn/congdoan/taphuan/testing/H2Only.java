package vn.congdoan.taphuan.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A test class or method that runs only when the tests run on H2 (see
 * {@link TestDatabase}): it is reported as skipped, with its reason, in the PostgreSQL
 * run. For what only H2 has (its file lock against a second process, Java triggers), not
 * for a difference the application should hide.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(H2Only.Condition.class)
public @interface H2Only {

	/** Why the test cannot run on PostgreSQL. */
	String value();

	/** Skips an {@link H2Only} test on PostgreSQL. */
	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			Optional<AnnotatedElement> element = context.getElement();
			Optional<H2Only> h2Only = element.flatMap((e) -> AnnotationSupport.findAnnotation(e, H2Only.class));
			if (h2Only.isEmpty() || !TestDatabase.postgresql()) {
				return ConditionEvaluationResult.enabled("runs on every engine");
			}
			return ConditionEvaluationResult.disabled("H2 only: " + h2Only.get().value());
		}

	}

}
